package org.tessera.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Dependency;
import org.tessera.model.Location;
import org.tessera.model.Token;

/** Where actors are placed (GDELT's Actor1Geo/Actor2Geo), on hand-written parses: no CoreNLP. */
class ActorPlacerTest {
    private static Gazetteer gazetteer;
    private static ActorPlacer placer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
        placer = new ActorPlacer(new PlaceResolver(gazetteer));
    }

    @Test
    void aCityInTheActorsWordsPlacesIt() {
        // "Minsk police detained three protesters."
        AnnotatedSentence s = sentence(new String[][]{{"Minsk", "NNP", "CITY"}, {"police", "NN", "O"}, {"detained", "VBD", "O"},
                {"three", "CD", "NUMBER"}, {"protesters", "NNS", "O"}, {".", ".", "O"}});
        Location l = placer.place(new Actor("Minsk police", "", "BLR", "COP", ActorRule.COUNTRY, "t"), s, PlaceContext.EMPTY);
        assertEquals("Minsk", l.name());
        assertEquals(4, l.type());
        assertEquals(625144L, l.featureId());
        assertEquals("04", l.admin1(), "GeoNames' division of Minsk city");
    }

    @Test
    void aCityHungOnTheActorByOfPlacesIt() {
        // "The mayor of Kyiv thanked donors." with the actor's words "The mayor" and "of Kyiv" an nmod:of of "mayor"
        AnnotatedSentence s = sentence(new String[][]{{"The", "DT", "O"}, {"mayor", "NN", "TITLE"}, {"of", "IN", "O"},
                {"Kyiv", "NNP", "CITY"}, {"thanked", "VBD", "O"}, {"donors", "NNS", "O"}, {".", ".", "O"}},
                new Dependency(1, 3, "nmod:of"), new Dependency(4, 1, "nsubj"));
        Location l = placer.place(new Actor("The mayor", "", "UKR", "GOV", ActorRule.COUNTRY, "t"), s, PlaceContext.EMPTY);
        assertEquals("UKR", l.country());
        assertEquals(4, l.type());
        assertEquals(703448L, l.featureId(), "Kyiv, not the capital found by the government fallback by chance");
    }

    @Test
    void aUsCityIsTypeThree() {
        AnnotatedSentence s = sentence(new String[][]{{"Houston", "NNP", "CITY"}, {"officials", "NNS", "O"}, {"met", "VBD", "O"}});
        Location l = placer.place(new Actor("Houston officials", "", "USA", "GOV", ActorRule.COUNTRY, "t"), s, PlaceContext.EMPTY);
        assertEquals("Houston", l.name());
        assertEquals(3, l.type());
        assertEquals("TX", l.admin1());
    }

    @Test
    void aGovernmentWithoutANamedCitySitsInItsCapital() {
        AnnotatedSentence s = sentence(new String[][]{{"The", "DT", "O"}, {"Russian", "JJ", "NATIONALITY"}, {"government", "NN", "O"},
                {"protested", "VBD", "O"}});
        Location l = placer.place(new Actor("The Russian government", "", "RUS", "GOV", ActorRule.COUNTRY, "t"), s, PlaceContext.EMPTY);
        assertEquals("Moscow", l.name());
        assertEquals(4, l.type());
        Location washington = placer.place(new Actor("Congress", "", "USA", "LEG", ActorRule.COUNTRY, "t"), null, PlaceContext.EMPTY);
        assertEquals(3, washington.type());
        assertEquals("DC", washington.admin1());
    }

    @Test
    void anyOtherActorIsPlacedAtItsCountry() {
        Location l = placer.place(new Actor("Belarusian protesters", "", "BLR", "CVL", ActorRule.COUNTRY, "t"), null, PlaceContext.EMPTY);
        assertEquals(1, l.type());
        assertEquals("BLR", l.country());
        assertNull(l.featureId());
        Place belarus = gazetteer.countryOfCode("BLR").orElseThrow();
        assertEquals(belarus.lat(), l.lat(), 1e-9);
        // A country named in the actor's words is not a city named with it: still the country, not its capital.
        AnnotatedSentence s = sentence(new String[][]{{"Russia", "NNP", "COUNTRY"}, {"'s", "POS", "O"}, {"army", "NN", "O"}});
        assertEquals(1, placer.place(new Actor("Russia's army", "", "RUS", "MIL", ActorRule.COUNTRY, "t"), s, PlaceContext.EMPTY).type());
    }

    @Test
    void anActorReadFromAPlaceIsAtThatPlace() {
        Location l = placer.place(new Actor("", "Jericho", "PSE", "", ActorRule.PLACE, "Jericho"), null, PlaceContext.EMPTY);
        assertEquals("Jericho", l.name());
        assertEquals("PSE", l.country());
    }

    @Test
    void anOrganisationIsPlacedOnlyByANamedCity() {
        assertNull(placer.place(new Actor("the EU", "", "EU", "IGO", ActorRule.COUNTRY, "t"), null, PlaceContext.EMPTY));
        AnnotatedSentence s = sentence(new String[][]{{"Brussels", "NNP", "CITY"}, {"officials", "NNS", "O"}});
        assertEquals("Brussels", placer.place(new Actor("Brussels officials", "", "EU", "IGO", ActorRule.COUNTRY, "t"), s,
                PlaceContext.EMPTY).name());
        assertNull(placer.place((Actor) null, s, PlaceContext.EMPTY));
    }

    private static AnnotatedSentence sentence(String[][] words, Dependency... deps) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) text.append(' ');
            int b = text.length();
            text.append(words[i][0]);
            tokens.add(new Token(i, words[i][0], words[i][0], words[i][1], words[i][2], b, text.length()));
        }
        return new AnnotatedSentence(0, text.toString(), 0, text.length(), tokens, List.of(deps), List.of(), true);
    }
}
