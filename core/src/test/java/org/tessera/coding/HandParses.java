package org.tessera.coding;

import org.tessera.model.AnnotatedSentence;
import org.tessera.testkit.Conllu;

/**
 * Our own sentences, parsed by hand as CoreNLP's Universal Dependencies would parse them (relation
 * subtypes as in its enhanced output: obl:on, obl:agent, nsubj:pass), for the coding steps' table
 * tests. Each constant is named after its sentence.
 */
final class HandParses {
    private HandParses() {
    }

    static final String RUSSIA_IMPOSED_SANCTIONS_ON_JAPAN = """
            1 Russia    Russia    PROPN NNP _ 2 nsubj _ NER=COUNTRY
            2 imposed   impose    VERB  VBD _ 0 root  _ _
            3 sanctions sanction  NOUN  NNS _ 2 obj   _ _
            4 on        on        ADP   IN  _ 5 case  _ _
            5 Japan     Japan     PROPN NNP _ 2 obl:on _ NER=COUNTRY|SpaceAfter=No
            6 .         .         PUNCT .   _ 2 punct _ _
            """;

    static final String RUSSIA_DID_NOT_IMPOSE_SANCTIONS = """
            1 Russia    Russia    PROPN NNP _ 4 nsubj  _ NER=COUNTRY
            2 did       do        AUX   VBD _ 4 aux    _ _
            3 not       not       PART  RB  _ 4 advmod _ _
            4 impose    impose    VERB  VB  _ 0 root   _ _
            5 sanctions sanction  NOUN  NNS _ 4 obj    _ SpaceAfter=No
            6 .         .         PUNCT .   _ 4 punct  _ _
            """;

    static final String TOKYO_NEVER_RECOGNISED_THE_CLAIM = """
            1 Tokyo      Tokyo     PROPN NNP _ 3 nsubj  _ NER=CITY
            2 never      never     ADV   RB  _ 3 advmod _ _
            3 recognised recognise VERB  VBD _ 0 root   _ _
            4 the        the       DET   DT  _ 5 det    _ _
            5 claim      claim     NOUN  NN  _ 3 obj    _ SpaceAfter=No
            6 .          .         PUNCT .   _ 3 punct  _ _
            """;

    static final String PUTIN_WILL_VISIT_TOKYO = """
            1 Putin  Putin  PROPN NNP _ 3 nsubj _ NER=PERSON
            2 will   will   AUX   MD  _ 3 aux   _ _
            3 visit  visit  VERB  VB  _ 0 root  _ _
            4 Tokyo  Tokyo  PROPN NNP _ 3 obj   _ NER=CITY|SpaceAfter=No
            5 .      .      PUNCT .   _ 3 punct _ _
            """;

    static final String THE_EU_COULD_IMPOSE_SANCTIONS = """
            1 The       the      DET   DT  _ 2 det   _ _
            2 EU        EU       PROPN NNP _ 4 nsubj _ NER=ORGANIZATION
            3 could     could    AUX   MD  _ 4 aux   _ _
            4 impose    impose   VERB  VB  _ 0 root  _ _
            5 sanctions sanction NOUN  NNS _ 4 obj   _ SpaceAfter=No
            6 .         .        PUNCT .   _ 4 punct _ _
            """;

    static final String IF_THEY_IMPOSE_SANCTIONS_MOSCOW_WILL_RETALIATE = """
            1 If        if        SCONJ IN  _ 3 mark  _ _
            2 they      they      PRON  PRP _ 3 nsubj _ _
            3 impose    impose    VERB  VBP _ 8 advcl _ _
            4 sanctions sanction  NOUN  NNS _ 3 obj   _ SpaceAfter=No
            5 ,         ,         PUNCT ,   _ 8 punct _ _
            6 Moscow    Moscow    PROPN NNP _ 8 nsubj _ NER=CITY
            7 will      will      AUX   MD  _ 8 aux   _ _
            8 retaliate retaliate VERB  VB  _ 0 root  _ SpaceAfter=No
            9 .         .         PUNCT .   _ 8 punct _ _
            """;

    static final String LAVROV_REFUSED_TO_MEET_KISHIDA = """
            1 Lavrov  Lavrov  PROPN NNP _ 2 nsubj _ NER=PERSON
            2 refused refuse  VERB  VBD _ 0 root  _ _
            3 to      to      PART  TO  _ 4 mark  _ _
            4 meet    meet    VERB  VB  _ 2 xcomp _ _
            5 Kishida Kishida PROPN NNP _ 4 obj   _ NER=PERSON|SpaceAfter=No
            6 .       .       PUNCT .   _ 2 punct _ _
            """;

    static final String MOSCOW_INVITED_ABE_TO_VISIT_RUSSIA = """
            1 Moscow  Moscow PROPN NNP _ 2 nsubj _ NER=CITY
            2 invited invite VERB  VBD _ 0 root  _ _
            3 Abe     Abe    PROPN NNP _ 2 obj   _ NER=PERSON
            4 to      to     PART  TO  _ 5 mark  _ _
            5 visit   visit  VERB  VB  _ 2 xcomp _ _
            6 Russia  Russia PROPN NNP _ 5 obj   _ NER=COUNTRY|SpaceAfter=No
            7 .       .      PUNCT .   _ 2 punct _ _
            """;

    static final String ABE_PLANS_TO_VISIT_MOSCOW = """
            1 Abe    Abe    PROPN NNP _ 2 nsubj _ NER=PERSON
            2 plans  plan   VERB  VBZ _ 0 root  _ _
            3 to     to     PART  TO  _ 4 mark  _ _
            4 visit  visit  VERB  VB  _ 2 xcomp _ _
            5 Moscow Moscow PROPN NNP _ 4 obj   _ NER=CITY|SpaceAfter=No
            6 .      .      PUNCT .   _ 2 punct _ _
            """;

    static final String MINSK_MANAGED_TO_SIGN_THE_DEAL = """
            1 Minsk   Minsk  PROPN NNP _ 2 nsubj _ NER=CITY
            2 managed manage VERB  VBD _ 0 root  _ _
            3 to      to     PART  TO  _ 4 mark  _ _
            4 sign    sign   VERB  VB  _ 2 xcomp _ _
            5 the     the    DET   DT  _ 6 det   _ _
            6 deal    deal   NOUN  NN  _ 4 obj   _ SpaceAfter=No
            7 .       .      PUNCT .   _ 2 punct _ _
            """;

    static final String LAVROV_SAID_THAT_JAPAN_IMPOSED_SANCTIONS = """
            1 Lavrov    Lavrov   PROPN NNP _ 2 nsubj _ NER=PERSON
            2 said      say      VERB  VBD _ 0 root  _ _
            3 that      that     SCONJ IN  _ 5 mark  _ _
            4 Japan     Japan    PROPN NNP _ 5 nsubj _ NER=COUNTRY
            5 imposed   impose   VERB  VBD _ 2 ccomp _ _
            6 sanctions sanction NOUN  NNS _ 5 obj   _ SpaceAfter=No
            7 .         .        PUNCT .   _ 2 punct _ _
            """;

    static final String LAVROV_ANNOUNCED_THAT_RUSSIA_WOULD_SUPPORT_THE_PLAN = """
            1 Lavrov    Lavrov   PROPN NNP _ 2 nsubj _ NER=PERSON
            2 announced announce VERB  VBD _ 0 root  _ _
            3 that      that     SCONJ IN  _ 6 mark  _ _
            4 Russia    Russia   PROPN NNP _ 6 nsubj _ NER=COUNTRY
            5 would     would    AUX   MD  _ 6 aux   _ _
            6 support   support  VERB  VB  _ 2 ccomp _ _
            7 the       the      DET   DT  _ 8 det   _ _
            8 plan      plan     NOUN  NN  _ 6 obj   _ SpaceAfter=No
            9 .         .        PUNCT .   _ 2 punct _ _
            """;

    /** A misparse seen in real news: the finished arrival hangs as a clause of "seeks". */
    static final String SEOUL_SEEKS_TIES_AND_KISHIDA_ARRIVED = """
            1 Seoul     Seoul    PROPN NNP _ 2 nsubj _ NER=CITY
            2 seeks     seek     VERB  VBZ _ 0 root  _ _
            3 ties      tie      NOUN  NNS _ 2 obj   _ _
            4 and       and      CCONJ CC  _ 6 cc    _ _
            5 Kishida   Kishida  PROPN NNP _ 6 nsubj _ NER=PERSON
            6 arrived   arrive   VERB  VBD _ 2 ccomp _ SpaceAfter=No
            7 .         .        PUNCT .   _ 2 punct _ _
            """;

    /** A misparse of "it is unlikely that the minister will back down": the clause hangs by dep links. */
    static final String UNLIKELY_THAT_THE_MINISTER_WILL_BACK_DOWN = """
            1 It        it       PRON  PRP _ 3 nsubj _ _
            2 is        be       AUX   VBZ _ 3 cop   _ _
            3 unlikely  unlikely ADJ   JJ  _ 0 root  _ _
            4 that      that     SCONJ IN  _ 3 dep   _ _
            5 the       the      DET   DT  _ 6 det   _ _
            6 minister  minister NOUN  NN  _ 8 nsubj _ _
            7 will      will     AUX   MD  _ 8 aux   _ _
            8 back      back     VERB  VB  _ 4 dep   _ _
            9 down      down     ADP   RP  _ 8 compound:prt _ SpaceAfter=No
            10 .        .        PUNCT .   _ 3 punct _ _
            """;

    static final String JAPAN_IMPOSED_SANCTIONS_ACCORDING_TO_OFFICIALS = """
            1 Japan     Japan     PROPN NNP _ 2 nsubj _ NER=COUNTRY
            2 imposed   impose    VERB  VBD _ 0 root  _ _
            3 sanctions sanction  NOUN  NNS _ 2 obj   _ SpaceAfter=No
            4 ,         ,         PUNCT ,   _ 2 punct _ _
            5 according accord    VERB  VBG _ 7 case  _ _
            6 to        to        ADP   IN  _ 5 fixed _ _
            7 officials official  NOUN  NNS _ 2 obl:according_to _ SpaceAfter=No
            8 .         .         PUNCT .   _ 2 punct _ _
            """;

    static final String OFFICIALS_DISCUSSED_THE_FORTHCOMING_VISIT = """
            1 Officials   official    NOUN  NNS _ 2 nsubj _ _
            2 discussed   discuss     VERB  VBD _ 0 root  _ _
            3 the         the         DET   DT  _ 5 det   _ _
            4 forthcoming forthcoming ADJ   JJ  _ 5 amod  _ _
            5 visit       visit       NOUN  NN  _ 2 obj   _ SpaceAfter=No
            6 .           .           PUNCT .   _ 2 punct _ _
            """;

    static final String THE_EU_WEIGHED_POSSIBLE_SANCTIONS = """
            1 The       the      DET   DT  _ 2 det   _ _
            2 EU        EU       PROPN NNP _ 3 nsubj _ NER=ORGANIZATION
            3 weighed   weigh    VERB  VBD _ 0 root  _ _
            4 possible  possible ADJ   JJ  _ 5 amod  _ _
            5 sanctions sanction NOUN  NNS _ 3 obj   _ SpaceAfter=No
            6 .         .        PUNCT .   _ 3 punct _ _
            """;

    static final String SANCTIONS_WERE_IMPOSED_ON_JAPAN_BY_RUSSIA = """
            1 Sanctions sanction NOUN  NNS _ 3 nsubj:pass _ _
            2 were      be       AUX   VBD _ 3 aux:pass   _ _
            3 imposed   impose   VERB  VBN _ 0 root       _ _
            4 on        on       ADP   IN  _ 5 case       _ _
            5 Japan     Japan    PROPN NNP _ 3 obl:on     _ NER=COUNTRY
            6 by        by       ADP   IN  _ 7 case       _ _
            7 Russia    Russia   PROPN NNP _ 3 obl:agent  _ NER=COUNTRY|SpaceAfter=No
            8 .         .        PUNCT .   _ 3 punct      _ _
            """;

    static final String TROOPS_WERE_ENGAGED_IN_FIGHTING_WITH_REBELS = """
            1 Troops    troop    NOUN  NNS _ 3 nsubj:pass _ _
            2 were      be       AUX   VBD _ 3 aux:pass   _ _
            3 engaged   engage   VERB  VBN _ 0 root       _ _
            4 in        in       ADP   IN  _ 5 case       _ _
            5 fighting  fighting NOUN  NN  _ 3 obl:in     _ _
            6 with      with     ADP   IN  _ 7 case       _ _
            7 rebels    rebel    NOUN  NNS _ 5 nmod:with  _ SpaceAfter=No
            8 .         .        PUNCT .   _ 3 punct      _ _
            """;

    static final String TROOPS_WERE_ATTACKED_IN_THE_CAPITAL = """
            1 Troops    troop    NOUN  NNS _ 3 nsubj:pass _ _
            2 were      be       AUX   VBD _ 3 aux:pass   _ _
            3 attacked  attack   VERB  VBN _ 0 root       _ _
            4 in        in       ADP   IN  _ 6 case       _ _
            5 the       the      DET   DT  _ 6 det        _ _
            6 capital   capital  NOUN  NN  _ 3 obl:in     _ SpaceAfter=No
            7 .         .        PUNCT .   _ 3 punct      _ _
            """;

    static final String RUSSIA_VOWED_TO_IMPOSE_SANCTIONS_ON_JAPAN = """
            1 Russia    Russia   PROPN NNP _ 2 nsubj  _ NER=COUNTRY
            2 vowed     vow      VERB  VBD _ 0 root   _ _
            3 to        to       PART  TO  _ 4 mark   _ _
            4 impose    impose   VERB  VB  _ 2 xcomp  _ _
            5 sanctions sanction NOUN  NNS _ 4 obj    _ _
            6 on        on       ADP   IN  _ 7 case   _ _
            7 Japan     Japan    PROPN NNP _ 4 obl:on _ NER=COUNTRY|SpaceAfter=No
            8 .         .        PUNCT .   _ 2 punct  _ _
            """;

    static final String MOSCOW_URGED_BERLIN_TO_LIFT_SANCTIONS = """
            1 Moscow    Moscow   PROPN NNP _ 2 nsubj _ NER=CITY
            2 urged     urge     VERB  VBD _ 0 root  _ _
            3 Berlin    Berlin   PROPN NNP _ 2 obj   _ NER=CITY
            4 to        to       PART  TO  _ 5 mark  _ _
            5 lift      lift     VERB  VB  _ 2 xcomp _ _
            6 sanctions sanction NOUN  NNS _ 5 obj   _ SpaceAfter=No
            7 .         .        PUNCT .   _ 2 punct _ _
            """;

    static final String THE_EU_EXTENDED_SANCTIONS_IMPOSED_ON_RUSSIA = """
            1 The       the      DET   DT  _ 2 det    _ _
            2 EU        EU       PROPN NNP _ 3 nsubj  _ NER=ORGANIZATION
            3 extended  extend   VERB  VBD _ 0 root   _ _
            4 sanctions sanction NOUN  NNS _ 3 obj    _ _
            5 imposed   impose   VERB  VBN _ 4 acl    _ _
            6 on        on       ADP   IN  _ 7 case   _ _
            7 Russia    Russia   PROPN NNP _ 5 obl:on _ NER=COUNTRY|SpaceAfter=No
            8 .         .        PUNCT .   _ 3 punct  _ _
            """;

    static final String NATIONS_SENDING_AID_TO_UKRAINE_MET = """
            1 Nations nation  NOUN  NNS _ 6 nsubj  _ _
            2 sending send    VERB  VBG _ 1 acl    _ _
            3 aid     aid     NOUN  NN  _ 2 obj    _ _
            4 to      to      ADP   IN  _ 5 case   _ _
            5 Ukraine Ukraine PROPN NNP _ 2 obl:to _ NER=COUNTRY
            6 met     meet    VERB  VBD _ 0 root   _ SpaceAfter=No
            7 .       .       PUNCT .   _ 6 punct  _ _
            """;

    static final String PUTIN_HELD_TALKS_WITH_ABE = """
            1 Putin Putin PROPN NNP _ 2 nsubj    _ NER=PERSON
            2 held  hold  VERB  VBD _ 0 root     _ _
            3 talks talk  NOUN  NNS _ 2 obj      _ _
            4 with  with  ADP   IN  _ 5 case     _ _
            5 Abe   Abe   PROPN NNP _ 3 nmod:with _ NER=PERSON|SpaceAfter=No
            6 .     .     PUNCT .   _ 2 punct    _ _
            """;

    static final String THE_EU_LIFTED_SANCTIONS_ON_BELARUS = """
            1 The       the      DET   DT  _ 2 det    _ _
            2 EU        EU       PROPN NNP _ 3 nsubj  _ NER=ORGANIZATION
            3 lifted    lift     VERB  VBD _ 0 root   _ _
            4 sanctions sanction NOUN  NNS _ 3 obj    _ _
            5 on        on       ADP   IN  _ 6 case   _ _
            6 Belarus   Belarus  PROPN NNP _ 4 nmod:on _ NER=COUNTRY|SpaceAfter=No
            7 .         .        PUNCT .   _ 3 punct  _ _
            """;

    static final String ABE_VISITED_MOSCOW_ON_APRIL_15 = """
            1 Abe     Abe    PROPN NNP _ 2 nsubj  _ NER=PERSON
            2 visited visit  VERB  VBD _ 0 root   _ _
            3 Moscow  Moscow PROPN NNP _ 2 obj    _ NER=CITY
            4 on      on     ADP   IN  _ 5 case   _ _
            5 April   April  PROPN NNP _ 2 obl:on _ NER=DATE|Time=DATE:2016-04-15
            6 15      15     NUM   CD  _ 5 nummod _ NER=DATE|Time=DATE:2016-04-15|SpaceAfter=No
            7 .       .      PUNCT .   _ 2 punct  _ _
            """;

    static final String ABE_RECALLED_THE_1956_DECLARATION = """
            1 Abe         Abe         PROPN NNP _ 2 nsubj    _ NER=PERSON
            2 recalled    recall      VERB  VBD _ 0 root     _ _
            3 the         the         DET   DT  _ 5 det      _ _
            4 1956        1956        NUM   CD  _ 5 nummod   _ NER=DATE|Time=DATE:1956
            5 declaration declaration NOUN  NN  _ 2 obj      _ SpaceAfter=No
            6 .           .           PUNCT .   _ 2 punct    _ _
            """;

    static final String PUTIN_ATE_LUNCH = """
            1 Putin Putin PROPN NNP _ 2 nsubj _ NER=PERSON
            2 ate   eat   VERB  VBD _ 0 root  _ _
            3 lunch lunch NOUN  NN  _ 2 obj   _ SpaceAfter=No
            4 .     .     PUNCT .   _ 2 punct _ _
            """;

    /** The parse of a sentence above. */
    static final String OSLO_CRITICISED_STOCKHOLM_FOR_CLOSING_THE_BORDER = """
            1 Oslo       Oslo      PROPN NNP _ 2 nsubj  _ NER=CITY
            2 criticised criticise VERB  VBD _ 0 root   _ _
            3 Stockholm  Stockholm PROPN NNP _ 2 obj    _ NER=CITY
            4 for        for       SCONJ IN  _ 5 mark   _ _
            5 closing    close     VERB  VBG _ 2 advcl  _ _
            6 the        the       DET   DT  _ 7 det    _ _
            7 border     border    NOUN  NN  _ 5 obj    _ SpaceAfter=No
            8 .          .         PUNCT .   _ 2 punct  _ _
            """;

    static final String ATHENS_IS_OPPOSED_TO_THE_PLAN = """
            1 Athens  Athens  PROPN NNP _ 3 nsubj:pass _ NER=CITY
            2 is      be      AUX   VBZ _ 3 aux:pass   _ _
            3 opposed oppose  VERB  VBN _ 0 root       _ _
            4 to      to      ADP   IN  _ 6 case       _ _
            5 the     the     DET   DT  _ 6 det        _ _
            6 plan    plan    NOUN  NN  _ 3 obl:to     _ SpaceAfter=No
            7 .       .       PUNCT .   _ 3 punct      _ _
            """;

    static final String AMMAN_SAID_IT_WILL_NOT_ACCEPT_REFUGEES = """
            1 Amman    Amman    PROPN NNP _ 2 nsubj  _ NER=CITY
            2 said     say      VERB  VBD _ 0 root   _ _
            3 it       it       PRON  PRP _ 6 nsubj  _ _
            4 will     will     AUX   MD  _ 6 aux    _ _
            5 not      not      PART  RB  _ 6 advmod _ _
            6 accept   accept   VERB  VB  _ 2 ccomp  _ _
            7 refugees refugee  NOUN  NNS _ 6 obj    _ SpaceAfter=No
            8 .        .        PUNCT .   _ 2 punct  _ _
            """;

    static ParseView view(String conllu) {
        return new ParseView(sentence(conllu));
    }

    static AnnotatedSentence sentence(String conllu) {
        return Conllu.sentence(conllu);
    }

    /** Index of the first token written {@code word}; a typo in a table row fails loudly. */
    static int token(ParseView view, String word) {
        for (int i = 0; i < view.size(); i++) if (view.token(i).word().equals(word)) return i;
        throw new IllegalArgumentException("no token '" + word + "' in: " + view.sentence().text());
    }
}
