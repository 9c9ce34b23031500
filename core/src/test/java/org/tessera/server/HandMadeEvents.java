package org.tessera.server;

import java.util.ArrayList;
import java.util.List;
import org.tessera.cameo.CameoTable;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.testkit.HandEvidence;
import org.tessera.model.DateSource;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.testkit.TestLanguage;

/** Hand-built events for fast tests that need no CoreNLP. */
final class HandMadeEvents {
    private HandMadeEvents() {
    }

    static Event event(String doc, String date, String src, String srcText, String tgt, String tgtText, String code,
                       String verb, String sentence, Modality m, Location loc, String title) {
        CameoTable t = CameoTable.load();
        return new Event(doc, 0, sentence, 0, sentence.length(), PartialDate.parse(date).orElseThrow(), DateSource.DOCUMENT,
                new Actor(srcText, "", src, "GOV", ActorRule.COUNTRY, "test"), tgt == null ? null : new Actor(tgtText, "", tgt, "", ActorRule.COUNTRY, "test"),
                new Event.Action(t.get(code), verb), m, loc, 0.8, HandEvidence.of("hand-made"),
                new Event.EventContext(title, "https://news.example/" + doc, TestLanguage.ENGLISH, PartialDate.parse(date).orElseThrow(), null));
    }

    static List<Event> some() {
        List<Event> l = new ArrayList<>();
        l.add(event("a.txt", "2024-01-18", "RUS", "Russia", "BLR", "Belarus", "057", "signed an agreement with",
                "Russia signed an agreement with Belarus on gas prices.", Modality.ASSERTED, new Location("Minsk", "BLR", 53.9, 27.56, null), "Moscow and Minsk sign a deal"));
        l.add(event("b.txt", "2024-02-22", "BLR", "Lukashenko", "RUS", "Moscow", "042", "visited",
                "Lukashenko visited Moscow for talks.", Modality.ASSERTED, new Location("Moscow", "RUS", 55.75, 37.62, null), "Lukashenko visits Moscow"));
        l.add(event("c.txt", "2024-04-09", "BLR", "The Belarusian government", "RUS", "Russia", "111", "criticized",
                "The Belarusian government criticized Russia over customs checks.", Modality.ASSERTED, null, "Minsk complains"));
        l.add(event("d.txt", "2024-02-27", "JPN", "Japan", "RUS", "Russian banks", "163", "imposed sanctions on",
                "Japan imposed sanctions on three more Russian banks.", Modality.ASSERTED, null, "Japan widens sanctions"));
        l.add(event("e.txt", "2024-03-21", "EU", "The European Union", "RUS", "Russia", "163", "imposed new sanctions on",
                "The European Union imposed new sanctions on Russia <script>alert(1)</script>.", Modality.ASSERTED, null, "EU <b>sanctions</b>"));
        l.add(event("f.txt", "2024-06-13", "RUS", "Russia", "BLR", "Belarus", "138", "threatened",
                "Russia could threaten Belarus.", Modality.HYPOTHETICAL, null, "Drills"));
        return l;
    }
}
