package org.tessera.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.model.Token;

/**
 * The dateline that opens a wire story, read off its sentence's tokens: "MINSK , May 3 ( Reuters )
 * -", "KANDAHAR , Afghanistan ( AP ) --". The place is written in capitals, which tells it from a
 * sentence that opens with a name and a dash. Its tokens [0, end) name no actor; its country is the
 * one the actor dictionary gives the place (a capital, a country), else the qualifier after it.
 * ({@code org.tessera.geo.Dateline} reads the same shape off the raw text to place events; the
 * coder may not depend on geo, and needs only the country.)
 */
record DatelineTokens(int end, Optional<DictionaryEntry> country) {
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}.'’\\-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4},?");
    private static final Set<String> DASHES = Set.of("—", "–", "--", "-", ":");
    private static final Set<String> OPEN = Set.of("(", "-LRB-");
    private static final Set<String> CLOSE = Set.of(")", "-RRB-");

    static Optional<DatelineTokens> of(List<Token> tokens, ActorDictionary dictionary) {
        int place = 0;
        while (place < Math.min(tokens.size(), 5) && CAPITALS.matcher(tokens.get(place).word()).matches()) place++;
        if (place == 0 || tokens.get(0).word().length() < 3) return Optional.empty();
        int i = place;
        int qualifierEnd = place;
        if (is(tokens, i, ",") && i + 1 < tokens.size() && !isNumber(tokens, i + 2)) {
            i += 2;
            if (i < tokens.size() && Character.isUpperCase(tokens.get(i).word().codePointAt(0)) && !is(tokens, i + 1, ",")) i++;
            qualifierEnd = i;
        }
        if (is(tokens, i, ",") && isNumber(tokens, i + 2)) i += isNumber(tokens, i + 3) ? 4 : 3;
        if (i < tokens.size() && OPEN.contains(tokens.get(i).word())) {
            int close = i + 1;
            while (close < tokens.size() && close - i < 8 && !CLOSE.contains(tokens.get(close).word())) close++;
            i = close + 1;
        }
        if (i >= tokens.size() - 1 || !DASHES.contains(tokens.get(i).word())) return Optional.empty();
        Optional<DictionaryEntry> country = countryOf(tokens.subList(0, place), dictionary);
        if (country.isEmpty()) country = countryOf(tokens.subList(place, qualifierEnd), dictionary);
        return Optional.of(new DatelineTokens(i + 1, country));
    }

    private static Optional<DictionaryEntry> countryOf(List<Token> words, ActorDictionary dictionary) {
        return dictionary.find(words).stream().flatMap(m -> m.entries().stream())
                .filter(e -> e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.CAPITAL).findFirst();
    }

    private static boolean is(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).word().equals(word);
    }

    private static boolean isNumber(List<Token> tokens, int i) {
        return i < tokens.size() && NUMBER.matcher(tokens.get(i).word()).matches();
    }
}
