package org.tessera.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH validation file: the dictionaries its {@code <Environment>} names and its
 * {@code <Sentence>} records with the expected codings. Parsed with the JDK's DOM parser, DTDs
 * and external entities disabled.
 */
public record ValidationFile(List<String> verbFiles, List<String> actorFiles, List<String> agentFiles,
                             List<String> discardFiles, List<Record> records) {

    /** One expected event. */
    public record Expected(String source, String target, String code) {
        @Override
        public String toString() {
            return source + ">" + target + ":" + code;
        }
    }

    /**
     * One sentence: {@code expected} empty means no event (PETRARCH's {@code noevents="True"} or
     * an {@code error=} record); {@code active} is false for records marked {@code sentence="false"}.
     */
    public record Record(String id, String category, LocalDate date, String text, Set<Expected> expected, boolean active) {
    }

    public static ValidationFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    static ValidationFile parse(InputStream in, String name) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            trySetAttribute(f, XMLConstants.ACCESS_EXTERNAL_DTD);
            trySetAttribute(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(name + ": not a readable PETRARCH validation file: " + e.getMessage(), e);
        }
        List<String> verbs = texts(doc, "Verbfile");
        List<String> actors = texts(doc, "Actorfile");
        List<String> agents = texts(doc, "Agentfile");
        List<String> discards = texts(doc, "Discardfile");
        List<Record> records = new ArrayList<>();
        NodeList sentences = doc.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id").strip();
            String category = s.getAttribute("category").strip().toUpperCase(Locale.ROOT);
            if (category.isEmpty()) category = id.replaceAll("[-_].*", "").toUpperCase(Locale.ROOT);
            LocalDate date = null;
            try {
                date = LocalDate.parse(s.getAttribute("date").strip(), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (RuntimeException e) {
                // a record without a usable date is coded without one
            }
            NodeList texts = s.getElementsByTagName("Text");
            String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent().replaceAll("\\s+", " ").strip();
            Set<Expected> expected = new java.util.LinkedHashSet<>();
            NodeList codings = s.getElementsByTagName("EventCoding");
            for (int k = 0; k < codings.getLength(); k++) {
                Element c = (Element) codings.item(k);
                if (!c.getAttribute("sourcecode").isEmpty() || !c.getAttribute("eventcode").isEmpty())
                    expected.add(new Expected(c.getAttribute("sourcecode").strip(), c.getAttribute("targetcode").strip(),
                            c.getAttribute("eventcode").strip()));
            }
            boolean active = !s.getAttribute("sentence").strip().equalsIgnoreCase("false");
            records.add(new Record(id, category, date, text, expected, active));
        }
        return new ValidationFile(verbs, actors, agents, discards, records);
    }

    /** Older parsers on the classpath (Xerces via CoreNLP) lack these; the disallowed DOCTYPE already covers them. */
    private static void trySetAttribute(DocumentBuilderFactory f, String name) {
        try {
            f.setAttribute(name, "");
        } catch (IllegalArgumentException e) {
            // not supported by this parser
        }
    }

    private static List<String> texts(Document doc, String tag) {
        List<String> out = new ArrayList<>();
        NodeList l = doc.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            String t = l.item(i).getTextContent().strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** The dictionaries named in the environment, in {@code dir}. */
    public PetrarchDictionaries.Selection selection(Path dir) {
        return new PetrarchDictionaries.Selection(resolve(dir, verbFiles), resolve(dir, actorFiles), resolve(dir, agentFiles), resolve(dir, discardFiles));
    }

    private static List<Path> resolve(Path dir, List<String> names) {
        return names.stream().flatMap(n -> java.util.Arrays.stream(n.split(","))).map(String::strip).map(dir::resolve).toList();
    }
}
