package org.tessera.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words and the classes they belong to, read from a {@code word<TAB>class|class...} file: a word is
 * listed once with all its classes, so one verb that is both object-control and irrealis cannot drift
 * apart in two lists. Class names in the file are the enum's constants in lower case with '-' for
 * '_' ({@code OBJECT_CONTROL} is {@code object-control}). Words are matched in lower case. Immutable.
 *
 * @param <E> the classes a word may have
 */
public final class WordClasses<E extends Enum<E>> {
    private final Map<String, Set<E>> classes;

    private WordClasses(Map<String, Set<E>> classes) {
        Map<String, Set<E>> copy = new HashMap<>();
        classes.forEach((w, c) -> copy.put(w.toLowerCase(Locale.ROOT), Set.copyOf(c)));
        this.classes = Map.copyOf(copy);
    }

    /** Our bundled file {@code name} on the classpath. */
    public static <E extends Enum<E>> WordClasses<E> resource(String name, Class<E> type) {
        return read(TsvFile.resource(name), type);
    }

    /** Classes from rows of a data file; an unknown class or a word listed twice is an error naming file:line. */
    public static <E extends Enum<E>> WordClasses<E> read(List<TsvFile.Row> rows, Class<E> type) {
        Map<String, Set<E>> out = new HashMap<>();
        for (TsvFile.Row r : rows) {
            String word = r.cell(0).toLowerCase(Locale.ROOT);
            if (word.isEmpty()) throw r.error("no word");
            List<String> names = TsvFile.alternatives(r.cell(1));
            if (names.isEmpty()) throw r.error("no class for '" + word + "'");
            Set<E> set = EnumSet.noneOf(type);
            for (String n : names) set.add(parse(r, n, type));
            if (out.putIfAbsent(word, set) != null) throw r.error("'" + word + "' is listed twice; give it one line with all its classes");
        }
        return new WordClasses<>(out);
    }

    /** Classes given in code, for tests and for callers with knowledge of their own. */
    public static <E extends Enum<E>> WordClasses<E> of(Class<E> type, Map<String, Set<E>> classes) {
        return new WordClasses<>(classes);
    }

    private static <E extends Enum<E>> E parse(TsvFile.Row r, String name, Class<E> type) {
        for (E e : type.getEnumConstants()) if (fileName(e).equals(name)) return e;
        throw r.error("unknown class '" + name + "' (want one of " + Arrays.stream(type.getEnumConstants()).map(WordClasses::fileName).toList() + ")");
    }

    private static String fileName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code word} (any case) has class {@code c}. */
    public boolean is(String word, E c) {
        return word != null && classes.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of()).contains(c);
    }
}
