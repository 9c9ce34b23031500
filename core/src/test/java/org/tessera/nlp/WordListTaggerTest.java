package org.tessera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.Token;

/** The look-up keeps CoreNLP's rules for the fine-grained lists; tokens here are written by hand (word/POS/NER). */
class WordListTaggerTest {
    private final WordListTagger tagger = WordListTagger.of(
            List.of("ruritania\tCOUNTRY\tLOCATION\t1",
                    "ruritanian\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1",
                    "new carthage\tSTATE_OR_PROVINCE\tLOCATION\t2",
                    "new carthage city\tCOUNTRY\tLOCATION\t1",
                    "zenda\tTITLE\tMISC\t1"),
            List.of("Strelsau\tCITY\tLOCATION\t1",
                    "Cart\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1",
                    "K[Rr]\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1"));

    @Test
    void tagsAnyCaseFromTheCaselessListAndOnlyTheExactCaseFromTheCasedOne() {
        assertEquals(List.of("COUNTRY", "O", "CITY", "O"), ner(tagger.tag(tokens("RURITANIA/NNP/LOCATION met/VBD Strelsau/NNP/LOCATION ./."))));
        assertEquals(List.of("O", "O"), ner(tagger.tag(tokens("strelsau/NN/O ./."))));
    }

    @Test
    void optionalCharactersOfAnEntryMatchBothWays() {
        assertEquals(List.of("STATE_OR_PROVINCE", "O"), ner(tagger.tag(tokens("Cart./NNP/O said/VBD"))));
        assertEquals(List.of("STATE_OR_PROVINCE", "O"), ner(tagger.tag(tokens("Cart/NNP/O said/VBD"))));
    }

    @Test
    void aPatternOfTheCasedListMatchesOnlyInItsCase() {
        assertEquals(List.of("STATE_OR_PROVINCE", "O"), ner(tagger.tag(tokens("Kr./NNP/O said/VBD"))));
        assertEquals(List.of("O", "O"), ner(tagger.tag(tokens("kr./NN/O said/VBD"))));
    }

    @Test
    void higherPriorityWinsOverALongerMatchAndTypesTheCoderDoesNotReadAreLeftOut() {
        assertEquals(List.of("STATE_OR_PROVINCE", "STATE_OR_PROVINCE", "LOCATION"),
                ner(tagger.tag(tokens("New/NNP/LOCATION Carthage/NNP/LOCATION City/NNP/LOCATION"))));
        assertEquals(List.of("O"), ner(tagger.tag(tokens("zenda/NN/O"))));
    }

    @Test
    void aMatchNeedsANounOrAdjectiveAndMustNotCutAcrossALongerName() {
        assertEquals(List.of("O", "O"), ner(tagger.tag(tokens("ruritania/VB/O it/PRP/O"))));
        assertEquals(List.of("ORGANIZATION", "ORGANIZATION", "ORGANIZATION"),
                ner(tagger.tag(tokens("Ruritanian/NNP/ORGANIZATION Rail/NNP/ORGANIZATION Company/NNP/ORGANIZATION"))));
        assertEquals(List.of("NATIONALITY", "O"), ner(tagger.tag(tokens("Ruritanian/JJ/MISC troops/NNS/O"))));
    }

    @Test
    void aCityEntryOverwritesOnlyWhatItNames() {
        assertEquals(List.of("PERSON"), ner(tagger.tag(tokens("Strelsau/NNP/PERSON"))));
        assertEquals(List.of("MISC"), ner(tagger.tag(tokens("Strelsau/NNP/MISC"))));
        assertEquals(List.of("COUNTRY"), ner(tagger.tag(tokens("Ruritania/NNP/MISC"))));
    }

    @Test
    void theBundledListsTagCountriesNationalitiesAndStates() {
        WordListTagger kbp = WordListTagger.kbp();
        assertEquals(List.of("COUNTRY", "O", "NATIONALITY", "O", "O", "STATE_OR_PROVINCE", "O"),
                ner(kbp.tag(tokens("Belarus/NNP/LOCATION sent/VBD Russian/JJ/O troops/NNS/O to/TO Texas/NNP/LOCATION ./."))));
    }

    private static List<Token> tokens(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : spec.split(" ")) {
            String[] f = w.split("/");
            out.add(new Token(out.size(), f[0], f[0].toLowerCase(), f[1], f.length > 2 ? f[2] : "O", at, at + f[0].length()));
            at += f[0].length() + 1;
        }
        return out;
    }

    private static List<String> ner(List<Token> tokens) {
        return tokens.stream().map(Token::ner).toList();
    }
}
