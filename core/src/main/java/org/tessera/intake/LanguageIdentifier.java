package org.tessera.intake;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;

/**
 * Names the language of an article. The lingua detector is costly to build and holds its models
 * in memory, so one instance lives as long as its {@link Intake}; low-accuracy mode is enough for
 * article-length text and several times faster.
 */
public final class LanguageIdentifier {
    /** Only the start of an article is read: language does not change mid-article, and time grows with length. */
    private static final int SAMPLE_CHARS = 2000;
    /** Below this many letters any guess is noise. */
    private static final int MIN_LETTERS = 20;

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

    /** ISO 639-1 code of the text's language, or "und" when the text is too short or unclear. */
    public String identify(String text) {
        if (text == null) return "und";
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) return "und";
        Language lang = detector.detectLanguageOf(sample);
        if (lang == Language.UNKNOWN) return "und";
        return lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
