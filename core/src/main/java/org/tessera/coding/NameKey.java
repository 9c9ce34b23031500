package org.tessera.coding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form under which names are looked up: lower case, accents removed, a leading
 * "the" dropped, words split on white space. Dictionary phrases and sentence tokens go through
 * the same function so "the Élysée" in a file matches "Elysee" in text.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    static String word(String w) {
        String s = Normalizer.normalize(w, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'');
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a dictionary phrase in normal form, a possessive split off as the tokenizer splits it:
     * "People's Republic" is read as "People 's Republic", "Workers' Party" as "Workers ' Party".
     */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            if (w.isEmpty()) continue;
            String n = word(w);
            int cut = n.endsWith("'s") && n.length() > 2 ? n.length() - 2 : n.endsWith("s'") && n.length() > 2 ? n.length() - 1 : -1;
            if (cut < 0) out.add(n);
            else {
                out.add(n.substring(0, cut));
                out.add(n.substring(cut));
            }
        }
        if (out.size() > 1 && out.get(0).equals("the")) out.remove(0);
        return out;
    }

    static String key(List<String> words) {
        return String.join(" ", words);
    }
}
