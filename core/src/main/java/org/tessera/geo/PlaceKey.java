package org.tessera.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a place name: case, accents and punctuation folded, "St." spelled out. */
final class PlaceKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceKey() {
    }

    static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        s = NON_WORD.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) s = s.substring(4);
        if (s.startsWith("st ")) s = "saint " + s.substring(3);
        return s;
    }
}
