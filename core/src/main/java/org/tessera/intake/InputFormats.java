package org.tessera.intake;

import java.util.List;

/**
 * The one list of input formats. Order matters: the first format that recognises an input reads
 * it, so formats that look at a name's ending come before {@link AnyFileFormat}, which takes every
 * file. Adding a format is writing its class and naming it here.
 */
public final class InputFormats {
    private InputFormats() {
    }

    public static List<InputFormat> standard() {
        return List.of(
                new FolderFormat(),
                new WarcFormat(),
                new JsonLinesFormat(),
                new FeedFormat(),
                new HtmlFormat(),
                new PlainTextFormat(),
                new AnyFileFormat());
    }
}
