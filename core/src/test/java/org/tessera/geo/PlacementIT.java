package org.tessera.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.tessera.data.TsvFile;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.pipeline.Pipeline;
import org.tessera.testkit.SharedNlp;
import org.tessera.testkit.TestLanguage;

/**
 * Codes each sentence of places.tsv (ours, hand-written) as its own article with the real CoreNLP
 * and the gazetteer locator, and scores the placement of its events: right, wrong, or left empty.
 * Sentences the coder codes no event from do not count toward the shares.
 */
class PlacementIT {
    @Test
    void placesMostEventsRightAndFewWrong() {
        Pipeline pipeline = SharedNlp.locatingPipeline();
        List<TsvFile.Row> rows = TsvFile.resource("org/tessera/geo/places.tsv");
        int right = 0, wrong = 0, empty = 0, uncoded = 0, n = 0;
        StringBuilder report = new StringBuilder();
        for (TsvFile.Row r : rows) {
            String sentence = r.cell(0);
            Article a = new Article("places.tsv:" + r.line(), 0, "", sentence, 0, null, null, TestLanguage.ENGLISH, "");
            List<Event> events = pipeline.code(a).events();
            if (events.isEmpty()) {
                uncoded++;
                report.append("UNCODED  ").append(sentence).append('\n');
                continue;
            }
            n++;
            Location got = events.stream().map(Event::location).filter(Objects::nonNull).findFirst().orElse(null);
            String verdict;
            if (r.cell(1).equals("-")) {
                verdict = got == null ? "right" : "wrong";
            } else if (got == null) {
                verdict = "empty";
            } else {
                verdict = matches(got, r.cell(1), r.cell(2)) ? "right" : "wrong";
            }
            switch (verdict) {
                case "right" -> right++;
                case "wrong" -> wrong++;
                default -> empty++;
            }
            report.append(String.format(Locale.ROOT, "%-6s %-40s expected %s/%s  %s%n", verdict,
                    got == null ? "-" : got.name() + "/" + got.country(), r.cell(1), r.cell(2), sentence));
        }
        double pr = 100.0 * right / Math.max(1, n), pw = 100.0 * wrong / Math.max(1, n), pe = 100.0 * empty / Math.max(1, n);
        String summary = String.format(Locale.ROOT,
                "PlacementIT: %d sentences, %d coded (%d uncoded): right %d (%.1f%%), wrong %d (%.1f%%), empty %d (%.1f%%)",
                rows.size(), n, uncoded, right, pr, wrong, pw, empty, pe);
        System.out.print(report);
        System.out.println(summary);
        System.err.println(summary);
        assertTrue(n >= 50, "too few coded sentences: " + summary + "\n" + report);
        assertTrue(pr >= 70.0, summary + "\n" + report);
        assertTrue(pw <= 10.0, summary + "\n" + report);
    }

    private static boolean matches(Location got, String names, String iso3) {
        if (!got.country().equals(iso3)) return false;
        for (String name : TsvFile.alternatives(names)) if (PlaceKey.of(name).equals(PlaceKey.of(got.name()))) return true;
        return false;
    }
}
