package org.tessera.syndication;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.tessera.data.TsvFile;

/**
 * Makes a corpus of originals and syndicated copies from a folder of plain-text articles (first
 * line the headline, then paragraphs; the BBC corpus's layout). Each original is published by
 * the agency on its own day; each copy appears a few places later in the stream, on the same day
 * or up to three days later, at another outlet: under that outlet's headline, with up to a
 * quarter of the closing paragraphs trimmed and the outlet's footer appended. Seeded: the same
 * seed gives the same corpus. The result is JSON Lines, which {@code ingest} reads as it reads any.
 */
public final class SyndicatedCopies {
    /** One outlet of {@code outlets.tsv}. */
    record Outlet(String host, String headline, String footer) {
        String headline(String title) {
            return headline.replace("{title}", title);
        }
    }

    /** The generated stream of articles, in publication order, as lines of JSON Lines. */
    public record Corpus(List<String> lines, int originals, int copies) {
        public Corpus {
            lines = List.copyOf(lines);
        }

        /** Writes the lines to {@code file}. */
        public Path write(Path file) throws IOException {
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 3);
    private static final String AGENCY = "news.bbc.example";

    private final List<Outlet> outlets;

    private SyndicatedCopies(List<Outlet> outlets) {
        if (outlets.isEmpty()) throw new IllegalArgumentException("no outlets");
        this.outlets = List.copyOf(outlets);
    }

    /** With the bundled outlets. */
    public static SyndicatedCopies bundled() {
        List<Outlet> outlets = new ArrayList<>();
        for (TsvFile.Row r : TsvFile.resource("org/tessera/syndication/outlets.tsv")) {
            if (!r.cell(1).contains("{title}")) throw r.error("the headline must contain {title}");
            outlets.add(new Outlet(r.cell(0), r.cell(1), r.cell(2)));
        }
        return new SyndicatedCopies(outlets);
    }

    /** An article of the source folder: its slug (file name), section (folder), headline and paragraphs. */
    private record Source(String slug, String section, String title, List<String> paragraphs) {
    }

    /**
     * {@code articles} originals drawn by {@code seed} from the {@code .txt} files under {@code folder}
     * (only those with at least three paragraphs), each followed in the stream by {@code copies} copies.
     */
    public Corpus generate(Path folder, int articles, int copies, long seed) {
        if (articles < 1) throw new IllegalArgumentException("need at least one article");
        if (copies < 0) throw new IllegalArgumentException("copies must not be negative");
        List<Path> files = textFiles(folder);
        Random random = new Random(seed);
        Collections.shuffle(files, random);
        List<Source> chosen = new ArrayList<>();
        for (Path f : files) {
            if (chosen.size() == articles) break;
            Source s = read(f);
            if (s != null && s.paragraphs().size() >= 3) chosen.add(s);
        }
        if (chosen.size() < articles)
            throw new IllegalArgumentException(folder + ": only " + chosen.size() + " articles of three paragraphs or more, " + articles + " asked for");
        // Each article gets a place in the stream; a copy's place is after its original's, by up to five originals.
        record Placed(double at, String line) {
        }
        List<Placed> stream = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Source s = chosen.get(i);
            LocalDate day = FIRST_DAY.plusDays(i);
            stream.add(new Placed(i, line("https://" + AGENCY + "/" + s.section() + "/" + s.slug(), day, s.title(), s.paragraphs())));
            for (int c = 0; c < copies; c++) {
                Outlet o = outlets.get(random.nextInt(outlets.size()));
                List<String> body = new ArrayList<>(s.paragraphs().subList(0, s.paragraphs().size() - random.nextInt(s.paragraphs().size() / 4 + 1)));
                body.add(o.footer());
                LocalDate published = day.plusDays(random.nextInt(4));
                String url = "https://" + o.host() + "/" + published.toString().replace('-', '/') + "/" + s.slug() + (c > 0 ? "-" + c : "");
                stream.add(new Placed(i + 0.5 + random.nextInt(5) + c * 1e-3, line(url, published, o.headline(s.title()), body)));
            }
        }
        stream.sort(Comparator.comparingDouble(Placed::at));
        return new Corpus(stream.stream().map(Placed::line).toList(), chosen.size(), chosen.size() * copies);
    }

    private static List<Path> textFiles(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + ": no such folder (the BBC corpus is under shared/corpus/bbc-2004-2005)");
        try (Stream<Path> s = Files.walk(folder)) {
            return new ArrayList<>(s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Null when the file has no headline and body. */
    private static Source read(Path f) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot read: " + e.getMessage(), e);
        }
        List<String> paragraphs = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (paragraphs.size() < 2) return null;
        String name = f.getFileName().toString();
        return new Source(name.substring(0, name.length() - 4), f.getParent().getFileName().toString(), paragraphs.get(0),
                paragraphs.subList(1, paragraphs.size()));
    }

    private static String line(String url, LocalDate date, String title, List<String> paragraphs) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("url", url).put("date", date.toString()).put("title", title).put("text", String.join("\n\n", paragraphs));
        return o.toString();
    }
}
