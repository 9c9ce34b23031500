package org.tessera.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input's files, listed once on the driver: each comma-separated part is a file, a folder
 * (walked recursively, leaving out hidden files and folders as {@code tessera code} does) or a
 * glob. Listing here rather than through {@code binaryFiles} is for scale: Spark packs small
 * files into a few combined splits, and every file of a split deserialises the whole split again
 * to learn its own path, so reading n small files costs n² path parses (10,000 news pages spent
 * minutes on it before reading a byte). A listed file is opened by its path on the executor.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** One file to read: its qualified path, and its time, the documents' last-resort date. */
    record InputFile(String path, long modifiedMillis) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Every file of {@code input}, sorted by path; IllegalArgumentException names a part that matches nothing or cannot be read. */
    static List<InputFile> list(String input, Configuration hadoop) {
        List<InputFile> out = new ArrayList<>();
        for (String part : input.split(",")) {
            if (part.isBlank()) continue;
            try {
                Path p = new Path(part.strip());
                FileSystem fs = p.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) throw new IllegalArgumentException(part + ": no such file or folder");
                for (FileStatus m : matches) {
                    if (!m.isDirectory()) {
                        out.add(new InputFile(m.getPath().toString(), m.getModificationTime()));
                        continue;
                    }
                    String root = m.getPath().toString();
                    RemoteIterator<LocatedFileStatus> files = fs.listFiles(m.getPath(), true);
                    while (files.hasNext()) {
                        LocatedFileStatus f = files.next();
                        String path = f.getPath().toString();
                        if (f.isFile() && !hidden(root, path)) out.add(new InputFile(path, f.getModificationTime()));
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(part + ": cannot list: " + e.getMessage(), e);
            }
        }
        out.sort(java.util.Comparator.comparing(InputFile::path));
        return out;
    }

    /** Whether a file under {@code root} is hidden: any part of its path below the root begins with a dot. */
    static boolean hidden(String root, String path) {
        String below = path.startsWith(root + "/") ? path.substring(root.length() + 1) : path.substring(path.lastIndexOf('/') + 1);
        for (String name : below.split("/")) if (name.startsWith(".")) return true;
        return false;
    }

    /** The driver's Hadoop settings as plain entries, for an executor to rebuild them (a Configuration is not serialisable). */
    static HashMap<String, String> settings(Configuration hadoop) {
        HashMap<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : hadoop) out.put(e.getKey(), e.getValue());
        return out;
    }

    static Configuration configuration(Map<String, String> settings) {
        Configuration c = new Configuration(false);
        settings.forEach(c::set);
        return c;
    }
}
