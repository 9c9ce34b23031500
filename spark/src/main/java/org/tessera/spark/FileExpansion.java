package org.tessera.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.tessera.intake.InputExpander;
import scala.Tuple2;

/**
 * One input file (from {@code binaryFiles}) to the documents it holds, through the core's
 * {@link InputExpander}: a page is one document, a JSON Lines, WARC or feed file many. A file
 * read from a folder gets its path relative to that folder as its id, any other its file name,
 * as {@code tessera code} does; its time comes from its file system, as the last-resort date.
 */
final class FileExpansion implements FlatMapFunction<Tuple2<String, PortableDataStream>, JobRecord> {
    private static final long serialVersionUID = 1L;

    private final String folder;
    private final long maxBytes;
    private final JobCounters counters;

    /** @param folder the qualified folder the input names, or null for a file, glob or list */
    FileExpansion(String folder, long maxBytes, JobCounters counters) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.counters = counters;
    }

    @Override
    public Iterator<JobRecord> call(Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        counters.files.add(1);
        List<JobRecord> out = new ArrayList<>();
        int[] position = {0};
        try (InputStream in = file._2().open()) {
            new InputExpander(maxBytes).expand(idOf(path), path, in, modified(file._2(), path),
                    d -> {
                        counters.documents.add(1);
                        out.add(JobRecord.InputDocument.of(d, InputOrder.document(path, position[0]++)));
                    },
                    e -> {
                        counters.failures.add(1);
                        out.add(new JobRecord.Problem(path, "read", e.startsWith(path + ":") ? e.substring(path.length() + 1) : e));
                    });
        } catch (IOException | RuntimeException e) {
            counters.failures.add(1);
            out.add(new JobRecord.Problem(path, "read", String.valueOf(e.getMessage() == null ? e : e.getMessage())));
        }
        return out.iterator();
    }

    String idOf(String path) {
        if (folder != null && path.startsWith(folder + "/")) return path.substring(folder.length() + 1);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Instant modified(PortableDataStream stream, String path) {
        try {
            Path p = new Path(path);
            FileStatus status = p.getFileSystem(stream.getConfiguration()).getFileStatus(p);
            return Instant.ofEpochMilli(status.getModificationTime());
        } catch (IOException | RuntimeException e) {
            return null; // no file time: the document simply has no last-resort date
        }
    }
}
