package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.tessera.coding.HandParses.token;
import static org.tessera.coding.HandParses.view;

import org.junit.jupiter.api.Test;
import org.tessera.cameo.CameoTable;

class ActionClassifierTest {
    private static final ActionClassifier CLASSIFIER = VerbalFamilies.bundled(CameoTable.load()).classifier();

    /** A passive participle's object is the noun it hangs on, so noun and participle point at each other. */
    private static final String ANKARA_REJECTED_THE_INVITATION_SENT_BY_BAKU = """
            1 Ankara     Ankara     PROPN NNP _ 2 nsubj _ NER=CITY
            2 rejected   reject     VERB  VBD _ 0 root  _ _
            3 the        the        DET   DT  _ 4 det   _ _
            4 invitation invitation NOUN  NN  _ 2 obj   _ _
            5 sent       send       VERB  VBN _ 4 acl   _ _
            6 by         by         ADP   IN  _ 7 case  _ _
            7 Baku       Baku       PROPN NNP _ 5 obl   _ SpaceAfter=No
            8 .          .          PUNCT .   _ 2 punct _ _
            """;

    /** The same loop through a word of undoing: the withdrawn offer is what "withdrawn" undoes. */
    private static final String BAKU_REJECTED_THE_OFFER_WITHDRAWN_BY_ANKARA = """
            1 Baku       Baku       PROPN NNP _ 2 nsubj _ NER=CITY
            2 rejected   reject     VERB  VBD _ 0 root  _ _
            3 the        the        DET   DT  _ 4 det   _ _
            4 offer      offer      NOUN  NN  _ 2 obj   _ _
            5 withdrawn  withdraw   VERB  VBN _ 4 acl   _ _
            6 by         by         ADP   IN  _ 7 case  _ _
            7 Ankara     Ankara     PROPN NNP _ 5 obl   _ SpaceAfter=No
            8 .          .          PUNCT .   _ 2 punct _ _
            """;

    @Test
    void anUndoingParticipleOnItsOwnObjectDoesNotLoop() {
        ParseView view = view(BAKU_REJECTED_THE_OFFER_WITHDRAWN_BY_ANKARA);
        assertDoesNotThrow(() -> CLASSIFIER.classOf(view, token(view, "offer")));
        assertDoesNotThrow(() -> CLASSIFIER.reversalOf(view, token(view, "offer")));
    }

    @Test
    void aParticipleOnItsOwnObjectDoesNotLoop() {
        ParseView view = view(ANKARA_REJECTED_THE_INVITATION_SENT_BY_BAKU);
        assertDoesNotThrow(() -> CLASSIFIER.classOf(view, token(view, "invitation")));
    }
}
