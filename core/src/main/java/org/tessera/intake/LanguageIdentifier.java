package org.tessera.intake;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import org.tessera.model.Article;

/**
 * Names the language of an article, only when the detector is confident: its most likely language
 * must lead the runner-up by a margin of relative confidence, a wider one for shorter texts, where
 * a few letter sequences decide (an English headline of common words can score Swedish or Polish
 * first by a hair). Otherwise the text is "und" and the pipeline codes it in its default
 * language. The lingua detector is costly to build and holds its models in memory, so one
 * instance lives as long as its {@link Intake}; low-accuracy mode is enough with these margins
 * and several times faster.
 */
public final class LanguageIdentifier {
    /** Only the start of an article is read: language does not change mid-article, and time grows with length. */
    private static final int SAMPLE_CHARS = 2000;
    /** Below this many letters any guess is noise. */
    private static final int MIN_LETTERS = 20;
    /**
     * The lead over the runner-up (in lingua's relative confidence, the leader being 1.0) that a
     * label needs: {@code SHORT_MARGIN} at {@code MIN_LETTERS}, falling evenly to {@code MARGIN} at
     * {@code LONG_LETTERS} and beyond. In our trials short English headlines lost to another
     * language by up to 0.13, while French, German, Russian and Ukrainian sentences and paragraphs
     * led by 0.25 to 0.5 and Spanish led Portuguese by 0.19.
     */
    private static final double SHORT_MARGIN = 0.30;
    private static final double MARGIN = 0.10;
    /** From this many letters on a text is long: lingua's own accuracy figures level off there. */
    private static final int LONG_LETTERS = 120;

    private final LanguageDetector detector;

    public LanguageIdentifier() {
        detector = LanguageDetectorBuilder.fromLanguages(
                        Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.BELARUSIAN, Language.GERMAN,
                        Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.JAPANESE,
                        Language.CHINESE, Language.KOREAN, Language.ARABIC, Language.TURKISH, Language.PORTUGUESE,
                        Language.DUTCH, Language.SWEDISH, Language.PERSIAN, Language.HEBREW, Language.CZECH,
                        Language.ROMANIAN, Language.HUNGARIAN, Language.GREEK, Language.SERBIAN, Language.BULGARIAN)
                .withLowAccuracyMode()
                .build();
    }

    /** ISO 639-1 code of the text's language, or "und" when the text is too short or the detector not confident. */
    public String identify(String text) {
        if (text == null) return Article.UNDETERMINED_LANGUAGE;
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) return Article.UNDETERMINED_LANGUAGE;
        Language best = Language.UNKNOWN;
        double first = 0;
        double second = 0;
        for (Map.Entry<Language, Double> c : detector.computeLanguageConfidenceValues(sample).entrySet()) {
            double v = c.getValue();
            if (v > first) {
                second = first;
                first = v;
                best = c.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best == Language.UNKNOWN || first - second < marginNeeded(letters)) return Article.UNDETERMINED_LANGUAGE;
        return best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static double marginNeeded(long letters) {
        double shortness = Math.max(0, LONG_LETTERS - letters) / (double) (LONG_LETTERS - MIN_LETTERS);
        return MARGIN + (SHORT_MARGIN - MARGIN) * shortness;
    }
}
