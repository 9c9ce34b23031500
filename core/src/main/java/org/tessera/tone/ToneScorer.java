package org.tessera.tone;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a text's tone against a {@link ToneLexicon}. A word is a run of letters, marks and digits
 * that holds at least one letter, with inner apostrophes kept ("can't") and numbers not counted;
 * a hyphenated word stays whole when the lexicon lists it ("cover-up"), else counts as its parts
 * ("anti-war" is "anti" and "war"), so a compound the list lacks is read as if spaced. Words are compared
 * in lower case after NFC normalisation. At each word the longest lexicon phrase that starts there
 * wins over the single word ("does not work" is one negative hit, "kind of" a neutral one). A hit is
 * positive when its AFINN valence is above 0 and negative when below; the valence's size is not
 * used, since GDELT's scores count words rather than weigh them. Thread-safe.
 */
public final class ToneScorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\\-][\\p{L}\\p{M}\\p{N}]+)*");

    private final ToneLexicon lexicon;

    public ToneScorer(ToneLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /** A scorer over the bundled AFINN-165 list. */
    public static ToneScorer afinn165() {
        return new ToneScorer(ToneLexicon.afinn165());
    }

    /** The tone of {@code text}; {@link DocumentTone#NONE} for a text without words. */
    public DocumentTone score(String text) {
        if (text == null || text.isEmpty()) return DocumentTone.NONE;
        List<String> words = new ArrayList<>();
        for (String token : tokens(text)) {
            if (token.indexOf('-') < 0 || lexicon.hasWord(token)) addWord(words, token);
            else for (String part : token.split("-")) addWord(words, part);
        }
        int positive = 0, negative = 0;
        for (int i = 0; i < words.size(); ) {
            int valence = 0, length = 1;
            ToneLexicon.Phrase phrase = longestPhrase(words, i);
            if (phrase != null) {
                valence = phrase.valence();
                length = phrase.words().size();
            } else {
                Integer v = lexicon.valence(words.get(i));
                if (v != null) valence = v;
            }
            if (valence > 0) positive++;
            else if (valence < 0) negative++;
            i += length;
        }
        return new DocumentTone(words.size(), positive, negative);
    }

    private ToneLexicon.Phrase longestPhrase(List<String> words, int at) {
        for (ToneLexicon.Phrase p : lexicon.phrasesFrom(words.get(at))) {
            List<String> pw = p.words();
            if (at + pw.size() <= words.size() && words.subList(at, at + pw.size()).equals(pw)) return p;
        }
        return null;
    }

    private static void addWord(List<String> words, String token) {
        if (token.codePoints().anyMatch(Character::isLetter)) words.add(token);
    }

    /** The raw tokens of a text: lower case, NFC, typographic apostrophes and hyphens made plain. */
    private static List<String> tokens(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u2010', '-').replace('\u2011', '-');
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The words of a lexicon entry, split as a text's would be (hyphens kept: an entry is looked up whole). */
    static List<String> words(String entry) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(entry)) addWord(out, token);
        return out;
    }
}
