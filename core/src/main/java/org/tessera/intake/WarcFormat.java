package org.tessera.intake;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.tessera.model.RawDocument;

/**
 * A WARC file ({@code .warc}, {@code .warc.gz}, read with jwarc): each response record with an HTML
 * or text body is one page, its id the target URL and its date the capture date. A record whose body
 * inflates past the page limit is skipped with one error line; a file cut off mid-record keeps the
 * records before the cut.
 */
final class WarcFormat implements InputFormat {
    @Override
    public boolean recognises(Input input) {
        return !input.isFolder() && input.baseName().endsWith(".warc");
    }

    @Override
    public void expand(Input input, Expansion out) throws IOException {
        // jwarc inflates gzip record by record itself, so it gets the stored bytes. The reader is not
        // closed: that would close the caller's stream, which the caller closes.
        WarcReader reader = new WarcReader(input.raw());
        int read = 0;
        boolean lastFailed = false;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                // A file cut off inside a record fails twice, on the record and on looking past it:
                // one damage, one line, the one that names the record.
                if (!lastFailed) out.error(input.origin(), "WARC unreadable after " + read + " records: " + Expansion.reasonOf(e));
                return;
            }
            if (next.isEmpty()) return;
            read++;
            lastFailed = next.get() instanceof WarcResponse response && !record(response, input, out);
        }
    }

    /** Hands on one response record; false where reading it failed. */
    private static boolean record(WarcResponse response, Input input, Expansion out) {
        String where = input.origin() + ": " + response.target();
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.isEmpty() && !base.contains("html") && !base.startsWith("text/")) return true;
            byte[] body;
            try {
                // The reader skips the unread rest of a record without keeping it.
                body = out.limits().page(http.body().stream(), -1);
            } catch (ReadLimits.OverLimit e) {
                out.error(where, "record body " + e.getMessage() + ", skipped");
                return true;
            }
            out.document(new RawDocument(response.target(), input.origin() + "#" + response.target(), body,
                    type == null ? "" : type.toString(), response.date()));
            return true;
        } catch (IOException | RuntimeException e) {
            out.error(where, e);
            return false;
        }
    }
}
