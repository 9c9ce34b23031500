package org.tessera.petrarch;

import java.util.List;
import java.util.Locale;
import org.tessera.model.Token;

/**
 * A sentence's tokens as PETRARCH's dictionaries read them: upper-case words and lemmas. A
 * dictionary phrase matches where each of its words equals the token's word or its lemma
 * ("PLEDGED" or "PLEDGE"); actor names match words only, since names are not inflected.
 */
final class TokenWords {
    private final List<Token> tokens;
    private final String[] words;
    private final String[] lemmas;

    TokenWords(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        words = new String[tokens.size()];
        lemmas = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).word().toUpperCase(Locale.ROOT);
            lemmas[i] = tokens.get(i).lemma().toUpperCase(Locale.ROOT);
        }
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return words[i];
    }

    String lemma(int i) {
        return lemmas[i];
    }

    boolean isVerb(int i) {
        return tokens.get(i).isVerb();
    }

    /** Whether {@code phrase} stands at {@code at}, each of its words the token's word or lemma. */
    boolean matchesAt(int at, List<String> phrase) {
        return matchesAt(at, phrase, true);
    }

    /** Whether {@code phrase} stands at {@code at} word for word, lemmas not considered. */
    boolean wordsMatchAt(int at, List<String> phrase) {
        return matchesAt(at, phrase, false);
    }

    private boolean matchesAt(int at, List<String> phrase, boolean orLemma) {
        if (at < 0 || at + phrase.size() > words.length) return false;
        for (int k = 0; k < phrase.size(); k++) {
            String p = phrase.get(k);
            if (!p.equals(words[at + k]) && !(orLemma && p.equals(lemmas[at + k]))) return false;
        }
        return true;
    }
}
