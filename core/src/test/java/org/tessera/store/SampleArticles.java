package org.tessera.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short hand-written news articles for store tests, written to files. */
final class SampleArticles {
    private static final String[][] LINES = {
        {"Russia", "Belarus", "Russian Foreign Minister Sergei Lavrov met his Belarusian counterpart in Minsk on %s."},
        {"Belarus", "Russia", "Belarusian President Alexander Lukashenko praised Moscow for its support on %s."},
        {"Japan", "Russia", "Japan protested to Russia over military drills near Hokkaido on %s."},
        {"EU", "Belarus", "The European Union imposed new sanctions on Belarus on %s."},
        {"Russia", "Japan", "Russian President Vladimir Putin invited the Japanese prime minister to Moscow on %s."},
        {"Belarus", "Lithuania", "Belarus accused Lithuania of violating its airspace on %s."},
    };
    private static final String[] TOPICS = {"gas prices", "border crossings", "grain exports", "a new loan", "fishing rights",
        "air traffic", "railway freight", "student exchanges", "the nuclear plant", "potash sales"};

    private SampleArticles() {
    }

    /** Writes {@code n} distinct short articles as text files in {@code dir}; returns their paths in name order. */
    static List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] line = LINES[i % LINES.length];
            String date = String.format("March %d, 2021", 1 + i % 28);
            String topic = TOPICS[(i * 7 + i / LINES.length) % TOPICS.length];
            String text = "Talks on " + topic + " number " + (i + 1) + "\n\n"
                    + String.format(line[2], date) + " Officials said the discussion covered " + topic
                    + " and that experts would meet again within " + (i % 5 + 2) + " weeks. "
                    + "Observers in " + line[0] + " and " + line[1] + " described meeting number " + (i + 1)
                    + " as routine.\n";
            Path p = dir.resolve(String.format("article-%02d.txt", i));
            Files.writeString(p, text, StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    /** The same story under two different page headers and footers, from two sites, as JSON Lines. */
    static Path repost(Path dir) throws IOException {
        Files.createDirectories(dir);
        String body = "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Friday. "
                + "Russia agreed to lend Belarus 500 million dollars, officials in Minsk said after the talks. "
                + "Lukashenko thanked Moscow for its support and promised closer military cooperation along the western border.";
        String a = "{\"url\":\"https://minsk-courier.example/politics/sochi-talks\",\"date\":\"2021-05-28\",\"title\":\"Lukashenko and Putin meet in Sochi\","
                + "\"text\":\"Minsk Courier | Home | Politics | Economy\\n" + body + "\\nShare this story with your friends.\"}";
        String b = "{\"url\":\"https://www.eastwire.example/world/2021/05/28/lukashenko-putin\",\"date\":\"2021-05-28\",\"title\":\"Lukashenko and Putin meet in Sochi\","
                + "\"text\":\"EAST WIRE - Breaking - World - Regions\\n" + body + "\\nRead more of our coverage of the region.\"}";
        Path p = dir.resolve("repost.jsonl");
        Files.writeString(p, a + "\n" + b + "\n", StandardCharsets.UTF_8);
        return p;
    }
}
