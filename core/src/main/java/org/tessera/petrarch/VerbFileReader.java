package org.tessera.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH verb files. Lines: {@code &NAME} opens a synonym set whose {@code +MEMBER} lines
 * follow (members may name other sets); {@code --- NAME [code] ---} opens a verb block; in a
 * block, {@code VERB {FORMS} [code]} lines list its verbs ({@code WIRE_+TAP}: the {@code +} word is
 * the verb) and {@code - words * words [code]} lines its patterns, where {@code *} is the verb,
 * {@code $}/{@code +} the source/target, {@code %} a compound actor, {@code ^} a skipped phrase,
 * {@code _} binds neighbours and {@code ( )}/{@code { }} group words (read as plain words).
 */
final class VerbFileReader {
    private static final Pattern HEADER = Pattern.compile("---\\s*(.+?)\\s*\\[([^\\]]*)\\].*---\\s*");
    private static final Pattern VERB = Pattern.compile("\\s*\\+?([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*(\\[([^\\]]*)\\])?\\s*");
    private static final Pattern PATTERN = Pattern.compile("\\s*-\\s+(.*?)\\s*\\[([^\\]]*)\\]\\s*");

    private VerbFileReader() {
    }

    static VerbDictionary read(List<DictionaryLines.Line> lines, Consumer<String> problems) {
        Map<String, List<List<String>>> rawSynsets = new LinkedHashMap<>();
        List<VerbDictionary.Block> blocks = new ArrayList<>();
        String synset = null;
        String blockName = null;
        String blockCode = null;
        String blockOrigin = null;
        List<VerbDictionary.Verb> verbs = new ArrayList<>();
        List<VerbDictionary.Pattern> patterns = new ArrayList<>();
        for (DictionaryLines.Line line : lines) {
            String t = line.text().strip();
            try {
                if (t.startsWith("---")) {
                    Matcher h = HEADER.matcher(t);
                    if (!h.matches()) throw new IllegalArgumentException("bad block header (want --- NAME [code] ---)");
                    if (blockName != null) blocks.add(new VerbDictionary.Block(blockName, blockCode, verbs, patterns, blockOrigin));
                    blockName = h.group(1).toUpperCase(Locale.ROOT).replace(' ', '_');
                    blockCode = h.group(2).strip();
                    blockOrigin = line.where();
                    verbs = new ArrayList<>();
                    patterns = new ArrayList<>();
                    synset = null;
                } else if (t.startsWith("&")) {
                    synset = synsetName(t.split("\\s+")[0]);
                    rawSynsets.put(synset, new ArrayList<>());
                } else if (t.startsWith("+") && synset != null) {
                    List<String> w = DictionaryLines.words(t.substring(1));
                    if (w.isEmpty()) throw new IllegalArgumentException("empty synonym");
                    rawSynsets.get(synset).add(w);
                } else if (t.startsWith("-")) {
                    if (blockName == null) throw new IllegalArgumentException("pattern outside a verb block");
                    patterns.add(pattern(t, line.where()));
                } else if (blockName != null) {
                    verbs.add(verb(t, line.where()));
                } else {
                    throw new IllegalArgumentException("line outside a synonym set or verb block");
                }
            } catch (IllegalArgumentException e) {
                problems.accept(line.where() + ": " + e.getMessage());
            }
        }
        if (blockName != null) blocks.add(new VerbDictionary.Block(blockName, blockCode, verbs, patterns, blockOrigin));
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
        for (String name : rawSynsets.keySet()) synsets.put(name, expand(name, rawSynsets, 0, problems));
        return new VerbDictionary(synsets, blocks);
    }

    private static String synsetName(String s) {
        String n = s.toUpperCase(Locale.ROOT);
        while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
        return n;
    }

    /** Members with nested sets replaced by their own members. */
    private static List<List<String>> expand(String name, Map<String, List<List<String>>> raw, int depth, Consumer<String> problems) {
        List<List<String>> out = new ArrayList<>();
        if (depth > 5) return out;
        for (List<String> member : raw.getOrDefault(name, List.of())) {
            List<List<String>> partial = new ArrayList<>();
            partial.add(new ArrayList<>());
            for (String w : member) {
                if (!w.startsWith("&")) {
                    partial.forEach(p -> p.add(w));
                    continue;
                }
                String inner = synsetName(w);
                if (!raw.containsKey(inner)) {
                    problems.accept("synonym set " + name + ": unknown set " + inner);
                    partial.clear();
                    break;
                }
                List<List<String>> grown = new ArrayList<>();
                for (List<String> p : partial)
                    for (List<String> m : expand(inner, raw, depth + 1, problems)) {
                        List<String> q = new ArrayList<>(p);
                        q.addAll(m);
                        grown.add(q);
                    }
                partial = grown;
            }
            out.addAll(partial);
        }
        return out;
    }

    static VerbDictionary.Verb verb(String t, String where) {
        Matcher m = VERB.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("not a verb line (want VERB {FORMS} [code])");
        String main = m.group(1);
        Parsed p = multiword(t.startsWith("+") ? "+" + main.replace(' ', '_') : main.replace(' ', '_'));
        List<String> forms = new ArrayList<>();
        if (m.group(2) != null) {
            String inside = m.group(2).substring(1, m.group(2).length() - 1).strip();
            for (String f : inside.split("\\s+")) {
                if (f.isEmpty()) continue;
                Parsed q = multiword(f);
                forms.add(q.words().get(q.verbIndex()));
            }
        }
        String code = m.group(4) == null ? null : m.group(4).strip();
        return new VerbDictionary.Verb(p.words(), p.verbIndex(), forms, code, where);
    }

    private record Parsed(List<String> words, int verbIndex) {
    }

    private static Parsed multiword(String s) {
        String[] parts = s.split("_");
        List<String> words = new ArrayList<>();
        int verb = 0;
        for (String part : parts) {
            if (part.isEmpty()) continue;
            if (part.startsWith("+")) {
                verb = words.size();
                part = part.substring(1);
            }
            if (part.isEmpty()) continue;
            words.add(part.toUpperCase(Locale.ROOT));
        }
        if (words.isEmpty()) throw new IllegalArgumentException("empty verb");
        return new Parsed(words, verb);
    }

    static VerbDictionary.Pattern pattern(String t, String where) {
        Matcher m = PATTERN.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("not a pattern (want - words * words [code])");
        String body = m.group(1).replaceAll("[(){}]", " ");
        List<VerbDictionary.Element> els = new ArrayList<>();
        int verbs = 0;
        for (String chunk : body.trim().split("\\s+")) {
            if (chunk.isEmpty()) continue;
            boolean joined = false;
            for (String part : chunk.split("_", -1)) {
                if (part.isEmpty()) {
                    joined = true;
                    continue;
                }
                VerbDictionary.Kind k = switch (part) {
                    case "*" -> VerbDictionary.Kind.VERB;
                    case "$" -> VerbDictionary.Kind.SOURCE;
                    case "+" -> VerbDictionary.Kind.TARGET;
                    case "%" -> VerbDictionary.Kind.COMPOUND;
                    case "^" -> VerbDictionary.Kind.SKIP;
                    default -> part.startsWith("&") ? VerbDictionary.Kind.SYNSET : VerbDictionary.Kind.WORD;
                };
                if (k == VerbDictionary.Kind.VERB) verbs++;
                String text = k == VerbDictionary.Kind.SYNSET ? synsetName(part) : part.toUpperCase(Locale.ROOT);
                if (k == VerbDictionary.Kind.WORD && !text.matches("[A-Z0-9'.,\\-]+"))
                    throw new IllegalArgumentException("unknown pattern element '" + part + "'");
                els.add(new VerbDictionary.Element(k, text, joined));
                joined = true;
            }
        }
        if (verbs != 1) throw new IllegalArgumentException("pattern needs exactly one * (the verb), has " + verbs);
        String code = m.group(2).strip();
        if (code.isEmpty()) throw new IllegalArgumentException("empty code []");
        return new VerbDictionary.Pattern(els, code, where);
    }
}
