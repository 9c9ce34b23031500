package org.tessera.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short news-like articles written for these tests, and a generator of many distinct ones. */
final class OurArticles {
    /** File name, then text: each has an event our coder finds (a meeting, a protest, sanctions). */
    static final String[][] GOOD = {
        {"good-minsk-visit.txt", "Lavrov visits Minsk\n\nMarch 3, 2021\n\n"
                + "Russian Foreign Minister Sergei Lavrov met Belarusian President Alexander Lukashenko in Minsk on Wednesday. "
                + "The two men discussed energy supplies and a joint military exercise planned for the autumn. "
                + "Officials in Minsk said the talks were friendly and that further meetings would follow in April.\n"},
        {"good-tokyo-protest.txt", "Japan protests to Moscow\n\nMarch 5, 2021\n\n"
                + "Japan protested to Russia on Friday over military drills held near the Kuril Islands. "
                + "A spokesman for the Japanese foreign ministry said the exercises were unacceptable. "
                + "Moscow did not reply to the complaint by the evening.\n"},
        {"good-brussels-sanctions.html", "<!doctype html><html><head><meta charset=\"utf-8\"><title>EU widens sanctions</title>"
                + "<meta property=\"article:published_time\" content=\"2021-03-08\"></head><body><article><h1>EU widens sanctions</h1>"
                + "<p>The European Union imposed new sanctions on Belarus on Monday after a disputed election.</p>"
                + "<p>Ministers in Brussels said the measures target officials accused of abuses, and promised to review them in June.</p>"
                + "</article></body></html>\n"},
    };

    private static final String[][] DYADS = {
        {"Russian Foreign Minister Sergei Lavrov met his Belarusian counterpart in Minsk on %s.", "Russia", "Belarus"},
        {"Japan protested to Russia over naval manoeuvres near Hokkaido on %s.", "Japan", "Russia"},
        {"The European Union imposed fresh sanctions on Belarus on %s.", "the EU", "Belarus"},
        {"Belarusian President Alexander Lukashenko praised Russia for its support on %s.", "Belarus", "Russia"},
        {"Russian President Vladimir Putin invited the Japanese prime minister to Moscow on %s.", "Russia", "Japan"},
    };
    private static final String[] SUBJECTS = {"pipeline tariffs", "river shipping", "wheat quotas", "a credit line", "fishing quotas",
        "flight permits", "rail freight", "university exchanges", "power lines", "fertiliser sales", "visa rules"};

    private OurArticles() {
    }

    static List<Path> writeGood(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String[] a : GOOD) out.add(Files.writeString(dir.resolve(a[0]), a[1], StandardCharsets.UTF_8));
        return out;
    }

    /** {@code n} distinct two-paragraph articles, one file each, named so that name order is creation order. */
    static List<Path> writeMany(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] d = DYADS[i % DYADS.length];
            String subject = SUBJECTS[(i * 3 + i / DYADS.length) % SUBJECTS.length];
            String date = "April " + (1 + i % 28) + ", 2021";
            String text = "Round " + (i + 1) + " of talks on " + subject + "\n\n" + String.format(d[0], date)
                    + " Delegates from " + d[1] + " and " + d[2] + " spent the day on " + subject + ". "
                    + "Both sides said experts would meet again within " + (2 + i % 6) + " weeks.\n";
            out.add(Files.writeString(dir.resolve(String.format("story-%03d.txt", i)), text, StandardCharsets.UTF_8));
        }
        return out;
    }
}
