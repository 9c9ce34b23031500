package org.tessera.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.tessera.model.RawDocument;

/**
 * Expands inputs into raw documents: the one dispatcher in front of the {@link InputFormat}s of
 * {@link InputFormats#standard()} (folders, WARC, JSON Lines, RSS/Atom, HTML, text, any other file).
 * A local path and a stream from elsewhere (Spark's Hadoop file systems) go through the same
 * formats and the same {@link ReadLimits}, so a file gives the same documents and error lines
 * however it arrives. Failures are reported as one line each ("file: reason") and never stop the
 * other inputs.
 */
public final class InputExpander {
    private final ReadLimits limits;
    private final List<InputFormat> formats;

    public InputExpander() {
        this(IntakeOptions.DEFAULT_MAX_BYTES);
    }

    /** Pages, records and lines over {@code maxBytes} are reported, not read, so one huge input cannot exhaust memory. */
    public InputExpander(long maxBytes) {
        this(new ReadLimits(maxBytes), InputFormats.standard());
    }

    /** @param formats tried in order; the first that recognises an input reads it */
    public InputExpander(ReadLimits limits, List<InputFormat> formats) {
        this.limits = limits;
        this.formats = List.copyOf(formats);
    }

    /** Expands a file or folder; a file named directly has its file name as its id. */
    public void expand(Path path, Consumer<RawDocument> sink, Consumer<String> errors) {
        Expansion out = new Expansion(this, limits, sink, errors);
        if (Files.isDirectory(path)) dispatch(Input.folder(path), out);
        else if (Files.isRegularFile(path)) expandFile(path, path.getFileName().toString(), out);
        else errors.accept(path + ": no such file or folder");
    }

    /**
     * Expands one file that arrives as a stream rather than a local path (a Hadoop file system in
     * Spark: HDFS, S3, ...). Formats, document ids and error lines are those of {@link #expand(Path,
     * Consumer, Consumer)} for the same file.
     *
     * @param id       the document id of a plain file: its path relative to the folder being read,
     *                 or its file name; the format is chosen from its ending
     * @param origin   the full path or URI, for error lines and provenance
     * @param in       the file's bytes, left open for the caller to close
     * @param modified the file time, the last-resort publication date; may be null
     */
    public void expand(String id, String origin, InputStream in, Instant modified,
                       Consumer<RawDocument> sink, Consumer<String> errors) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        dispatch(Input.file(id, origin, name, in, modified, -1), new Expansion(this, limits, sink, errors));
    }

    /** A local file, named directly or found in a folder. */
    void expandFile(Path file, String id, Expansion out) {
        try (InputStream in = Files.newInputStream(file)) {
            dispatch(Input.file(id, file.toString(), file.getFileName().toString(), in,
                    Files.getLastModifiedTime(file).toInstant(), Files.size(file)), out);
        } catch (IOException | RuntimeException e) {
            out.error(file.toString(), e);
        }
    }

    private void dispatch(Input input, Expansion out) {
        try {
            for (InputFormat format : formats) {
                if (format.recognises(input)) {
                    format.expand(input, out);
                    return;
                }
            }
            out.error(input.origin(), "not a format tessera reads");
        } catch (IOException | RuntimeException e) {
            out.error(input.origin(), e);
        }
    }
}
