package org.tessera.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CoreNLP's KBP word lists behind its fine-grained NER. The coder's annotator reads the types it
 * needs from them itself ({@link WordListTagger}); the reference annotator set runs CoreNLP's
 * matcher over them, with the case-insensitive list trimmed of its 533,000 city names (most of
 * that matcher's time and allocation; we place events with our own gazetteer), as Tessera did
 * before. The trimmed list is written once per process to a temporary file, because CoreNLP
 * reads mappings from paths.
 */
final class KbpGazetteer {
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    private KbpGazetteer() {
    }

    /** The value for {@code ner.fine.regexner.mapping}: CoreNLP's default with the caseless list trimmed of cities. */
    static String trimmedMapping() {
        Path trimmed = writeWithoutCities();
        return "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + trimmed.toAbsolutePath() + ";" + CASED;
    }

    private static Path writeWithoutCities() {
        try (InputStream in = KbpGazetteer.class.getClassLoader().getResourceAsStream(CASELESS)) {
            if (in == null) throw new IllegalStateException("CoreNLP models jar lacks " + CASELESS);
            Path out = Files.createTempFile("tessera-kbp-caseless-", ".tab");
            out.toFile().deleteOnExit();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) continue;
                    int next = line.indexOf('\t', tab + 1);
                    String type = next < 0 ? line.substring(tab + 1) : line.substring(tab + 1, next);
                    if (!type.equals("CITY")) w.write(line + "\n");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the NER word list: " + e.getMessage(), e);
        }
    }
}
