package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.intake.InputExpander;
import org.tessera.model.RawDocument;
import org.tessera.petrarch.ValidationFile;

/**
 * XML external entities and entity expansion are refused by both XML readers: RSS/Atom feeds
 * (intake) and PETRARCH validation files. The "secret" is a temp file of ours, so a reader that
 * resolved the entity would put its marker in the output.
 */
class XmlEntitiesTest {
    private static final String MARKER = "SECRET-MARKER-7f3a";

    @TempDir
    Path tmp;

    @Test
    void feedWithAnExternalEntityIsRejectedWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), MARKER);
        Path feed = Files.writeString(tmp.resolve("evil.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
                + "<description>d</description><item><title>&xxe;</title><link>https://x.example/1</link><description>&xxe;"
                + "</description></item></channel></rss>\n", StandardCharsets.UTF_8);
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new InputExpander().expand(feed, docs::add, errors::add);
        assertEquals(List.of(), docs);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(feed + ": not a readable feed"), errors.get(0));
        assertFalse(errors.get(0).contains(MARKER));
    }

    @Test
    void feedWithAnEntityExpansionBombIsRejected() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 9; i++) dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        dtd.append("]>");
        Path feed = Files.writeString(tmp.resolve("laughs.rss"), "<?xml version=\"1.0\"?>\n" + dtd + "<rss version=\"2.0\"><channel>"
                + "<title>t</title><link>https://x.example/</link><description>d</description><item><title>&a9;</title>"
                + "<link>https://x.example/1</link></item></channel></rss>", StandardCharsets.UTF_8);
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new InputExpander().expand(feed, docs::add, errors::add);
        assertEquals(List.of(), docs);
        assertTrue(errors.size() == 1 && errors.get(0).contains("not a readable feed"), errors.toString());
    }

    @Test
    void petrarchValidationFileWithAnExternalEntityIsRejectedWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), MARKER);
        Path xml = Files.writeString(tmp.resolve("validate.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Validation [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<Validation><Sentences><Sentence id=\"T-1\" date=\"20210301\"><Text>&xxe;</Text>"
                + "</Sentence></Sentences></Validation>\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ValidationFile.read(xml));
        assertTrue(e.getMessage().contains("not a readable PETRARCH validation file"), e.getMessage());
        assertFalse(e.getMessage().contains(MARKER));
    }
}
