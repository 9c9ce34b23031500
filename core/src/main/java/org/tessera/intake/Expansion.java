package org.tessera.intake;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.tessera.model.RawDocument;

/**
 * Where one {@link InputExpander#expand} call's documents and error lines go, with the limits every
 * format applies and the way back into the dispatcher for the files of a folder.
 */
public final class Expansion {
    private final InputExpander dispatcher;
    private final ReadLimits limits;
    private final Consumer<RawDocument> documents;
    private final Consumer<String> errors;

    Expansion(InputExpander dispatcher, ReadLimits limits, Consumer<RawDocument> documents, Consumer<String> errors) {
        this.dispatcher = dispatcher;
        this.limits = limits;
        this.documents = documents;
        this.errors = errors;
    }

    public ReadLimits limits() {
        return limits;
    }

    public void document(RawDocument d) {
        documents.accept(d);
    }

    /** Reports one problem as the line "{@code where}: {@code reason}", the reason kept on one line. */
    public void error(String where, String reason) {
        errors.accept(where + ": " + reason.replaceAll("\\s+", " ").strip());
    }

    public void error(String where, Throwable e) {
        error(where, reasonOf(e));
    }

    /** Expands one file found in a folder, through the same formats and limits as a file named directly. */
    public void file(Path file, String id) {
        dispatcher.expandFile(file, id, this);
    }

    /** The exception's message, or its kind where it has none. */
    public static String reasonOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
