package org.tessera.intake;

import java.io.IOException;
import org.tessera.model.RawDocument;

/** A file that is one page: read whole, up to the page limit, under the id and time of the file. */
abstract class SinglePageFormat implements InputFormat {
    /** The media type to hand on; empty lets {@link Intake} tell HTML from text by the bytes. */
    abstract String mediaType();

    @Override
    public final void expand(Input input, Expansion out) throws IOException {
        byte[] page = out.limits().page(input.content(), input.knownSize());
        out.document(new RawDocument(input.id(), input.origin(), page, mediaType(), input.modified()));
    }
}
