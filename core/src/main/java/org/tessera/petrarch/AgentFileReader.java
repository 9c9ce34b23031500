package org.tessera.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH agent files: {@code !PERSON! = MAN, MEN} substitution sets, and agent lines
 * {@code PHRASE {PLURALS} [~CODE]} or {@code [CODE~]}. Without braces a regular plural of the last
 * word is added; {@code {}} means none; listed plurals are taken as given.
 */
final class AgentFileReader {
    private static final Pattern SUBST = Pattern.compile("\\s*(![A-Z0-9]+!)\\s*=\\s*(.+)");
    private static final Pattern AGENT = Pattern.compile("\\s*([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*");

    private AgentFileReader() {
    }

    static List<PetrarchAgent> read(List<DictionaryLines.Line> lines, Consumer<String> problems) {
        Map<String, List<String>> subst = new HashMap<>();
        List<PetrarchAgent> out = new ArrayList<>();
        for (DictionaryLines.Line line : lines) {
            Matcher s = SUBST.matcher(line.text().toUpperCase(Locale.ROOT));
            if (s.matches()) {
                List<String> alts = new ArrayList<>();
                for (String a : s.group(2).split(",")) if (!a.isBlank()) alts.add(a.strip());
                subst.put(s.group(1), alts);
                continue;
            }
            Matcher m = AGENT.matcher(line.text());
            if (!m.matches()) {
                problems.accept(line.where() + ": not an agent line (want PHRASE {PLURALS} [~CODE])");
                continue;
            }
            String code = m.group(3).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            boolean suffix = code.startsWith("~");
            if (!suffix && !code.endsWith("~") || code.replace("~", "").isEmpty() || !code.replace("~", "").matches("[A-Z0-9]+")) {
                problems.accept(line.where() + ": bad agent code [" + m.group(3) + "] (want [~ABC] or [ABC~])");
                continue;
            }
            code = code.replace("~", "");
            Set<String> phrases = new LinkedHashSet<>();
            for (String p : expand(m.group(1).toUpperCase(Locale.ROOT), subst)) {
                phrases.add(p);
                String braces = m.group(2);
                if (braces == null) phrases.add(plural(p));
                else for (String pl : braces.substring(1, braces.length() - 1).split("\\s+")) if (!pl.isBlank()) phrases.add(pl.replace("+", ""));
            }
            for (String p : phrases) {
                List<String> w = DictionaryLines.words(p);
                if (!w.isEmpty()) out.add(new PetrarchAgent(w, code, suffix, line.where()));
            }
        }
        return out;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> subst) {
        int a = phrase.indexOf('!');
        int b = a < 0 ? -1 : phrase.indexOf('!', a + 1);
        if (b < 0) return List.of(phrase);
        String key = phrase.substring(a, b + 1);
        List<String> alts = subst.getOrDefault(key, List.of());
        List<String> out = new ArrayList<>();
        for (String alt : alts) out.addAll(expand(phrase.substring(0, a) + alt + phrase.substring(b + 1), subst));
        return out;
    }

    /** English regular plural of a phrase's last word. */
    static String plural(String phrase) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.matches(".*[^AEIOU]Y")) return p.substring(0, p.length() - 1) + "IES";
        if (p.matches(".*(S|X|Z|CH|SH)")) return p + "ES";
        return p + "S";
    }
}
