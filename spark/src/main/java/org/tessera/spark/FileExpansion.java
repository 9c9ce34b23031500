package org.tessera.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.tessera.intake.InputExpander;

/**
 * Input files ({@link InputFiles}) to the documents they hold, through the core's
 * {@link InputExpander}: a page is one document, a JSON Lines, WARC or feed file many. A file
 * read from a folder gets its path relative to that folder as its id, any other its file name,
 * as {@code tessera code} does; its time comes from its file system, as the last-resort date.
 * Files are opened one at a time as the partition is consumed, so only one file's documents wait in memory.
 */
final class FileExpansion implements FlatMapFunction<Iterator<InputFiles.InputFile>, JobRecord> {
    private static final long serialVersionUID = 1L;

    private final String folder;
    private final long maxBytes;
    private final JobCounters counters;
    private final Broadcast<HashMap<String, String>> hadoop;

    /**
     * @param folder the qualified folder the input names, or null for a file, glob or list
     * @param hadoop the driver's Hadoop settings ({@link InputFiles#settings}), to open the files with
     */
    FileExpansion(String folder, long maxBytes, JobCounters counters, Broadcast<HashMap<String, String>> hadoop) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.counters = counters;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<JobRecord> call(Iterator<InputFiles.InputFile> files) {
        Configuration conf = InputFiles.configuration(hadoop.value());
        return new Iterator<>() {
            private final Deque<JobRecord> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && files.hasNext()) expand(files.next(), conf, ready);
                return !ready.isEmpty();
            }

            @Override
            public JobRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.poll();
            }
        };
    }

    private void expand(InputFiles.InputFile file, Configuration conf, Deque<JobRecord> out) {
        String path = file.path();
        counters.files.add(1);
        int[] position = {0};
        Path p = new Path(path);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            new InputExpander(maxBytes).expand(idOf(path), path, in, Instant.ofEpochMilli(file.modifiedMillis()),
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
    }

    String idOf(String path) {
        if (folder != null && path.startsWith(folder + "/")) return path.substring(folder.length() + 1);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
