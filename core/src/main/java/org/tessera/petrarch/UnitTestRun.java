package org.tessera.petrarch;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.nlp.ParseFilter;

/**
 * Runs a PETRARCH validation file through our annotator and the PETRARCH-style matcher: one
 * article per sentence, dated by the record, and compares the set of codings with the record's.
 */
public final class UnitTestRun {
    /** Per-category and total counts. */
    public record Result(Map<String, int[]> byCategory, int passed, int total, int skipped) {
    }

    private final ArticleAnnotator annotator;
    private final String language;
    private final PetrarchMatcher matcher;

    /** {@code language}: the language the records are in, the one {@code annotator} reads. */
    public UnitTestRun(ArticleAnnotator annotator, String language, PetrarchMatcher matcher) {
        this.annotator = annotator;
        this.language = language;
        this.matcher = matcher;
    }

    public Set<ValidationFile.Expected> code(String id, String text, LocalDate date) {
        Article a = new Article(id, 0, "", text, 0, date == null ? null : PartialDate.of(date),
                date == null ? DocumentDateOrigin.NONE : DocumentDateOrigin.PAGE, language, "");
        AnnotatedArticle annotated = annotator.annotate(a, ParseFilter.ALL);
        Set<ValidationFile.Expected> got = new LinkedHashSet<>();
        for (AnnotatedSentence s : annotated.sentences())
            if (matcher.discard(s).filter(PetrarchDiscard::story).isPresent()) return Set.of();
        for (AnnotatedSentence s : annotated.sentences())
            for (PetrarchMatcher.Coding c : matcher.code(s, date)) got.add(new ValidationFile.Expected(c.source(), c.target(), c.code()));
        return got;
    }

    /** Codes every active record; {@code verbose} lists each failure on {@code out}. */
    public Result run(List<ValidationFile.Record> records, PrintStream out, boolean verbose) {
        Map<String, int[]> by = new TreeMap<>();
        int passed = 0;
        int total = 0;
        int skipped = 0;
        for (ValidationFile.Record r : records) {
            if (!r.active()) {
                skipped++;
                continue;
            }
            Set<ValidationFile.Expected> got;
            try {
                got = code(r.id(), r.text(), r.date());
            } catch (RuntimeException e) {
                out.println("petrarch-tests: " + r.id() + ": cannot code: " + e);
                got = Set.of();
            }
            boolean ok = got.equals(r.expected());
            int[] c = by.computeIfAbsent(r.category(), k -> new int[2]);
            c[1]++;
            total++;
            if (ok) {
                c[0]++;
                passed++;
            } else if (verbose) {
                out.println("FAIL " + r.id() + " want=" + r.expected() + " got=" + got + " \"" + r.text() + "\"");
            }
        }
        return new Result(by, passed, total, skipped);
    }

    public static void print(Result r, PrintStream out) {
        r.byCategory().forEach((k, v) -> out.printf("%-10s %3d/%-3d%n", k, v[0], v[1]));
        if (r.skipped() > 0) out.println("(" + r.skipped() + " records marked sentence=\"false\" not run)");
        out.println("petrarch-tests: passed=" + r.passed() + " total=" + r.total());
    }

    static List<String> categories() {
        return new ArrayList<>(List.of("DEMO", "ACTOR", "AGENT", "VERB", "PATTERN", "COMPOUND", "SYNSET", "DATE", "MODIFY", "PARSING", "ERROR"));
    }
}
