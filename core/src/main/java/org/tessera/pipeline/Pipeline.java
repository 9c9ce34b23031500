package org.tessera.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tessera.coding.Coder;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeException;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.Event;
import org.tessera.model.RawDocument;
import org.tessera.nlp.Annotator;

/**
 * Raw document to events: intake, then per article language check, annotation and coding.
 * Thread-safe (its stages are); never throws for bad input — a document that cannot be read
 * comes back as a failed {@link DocumentResult}, an article that breaks a stage as a skipped one.
 */
public final class Pipeline {
    private final Intake intake;
    private final IntakeOptions intakeOptions;
    private final Annotator annotator;
    private final Coder coder;

    public Pipeline(IntakeOptions intakeOptions, Annotator annotator, Coder coder) {
        this.intakeOptions = Objects.requireNonNull(intakeOptions);
        this.intake = new Intake(intakeOptions);
        this.annotator = Objects.requireNonNull(annotator);
        this.coder = Objects.requireNonNull(coder);
    }

    public Coder coder() {
        return coder;
    }

    public Annotator annotator() {
        return annotator;
    }

    public DocumentResult process(RawDocument raw) {
        CleanDocument doc;
        try {
            doc = intake.clean(raw);
        } catch (IntakeException e) {
            return DocumentResult.failed(raw.id(), raw.origin(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.failed(raw.id(), raw.origin(), raw.origin() + ": cannot read: " + e);
        }
        List<ArticleResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Article a : doc.articles()) {
            if (!intakeOptions.languages().contains(a.language())) {
                String why = "language " + a.language() + " not coded";
                notes.add(raw.origin() + ": article " + a.index() + " (" + shorten(a.title()) + ") skipped: " + why);
                results.add(new ArticleResult(a, null, List.of(), why));
                continue;
            }
            try {
                results.add(code(a));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                String why = "annotation failed: " + e;
                notes.add(raw.origin() + ": article " + a.index() + " skipped: " + why);
                results.add(new ArticleResult(a, null, List.of(), why));
            }
        }
        return new DocumentResult(doc.id(), raw.origin(), doc, results, notes, null);
    }

    /** Annotates and codes one article that intake already produced. */
    public ArticleResult code(Article a) {
        AnnotatedArticle annotated = annotator.annotate(a, coder.parseFilter());
        List<Event> events = coder.code(annotated);
        return new ArticleResult(a, annotated, events, null);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
