package org.tessera.tone;

/**
 * The tone of one document, kept as the three counts it is computed from; the scores GDELT
 * publishes are derived from them, so storing the counts loses nothing.
 *
 * @param words         words in the document
 * @param positiveWords lexicon hits with a positive valence (a matched phrase is one hit)
 * @param negativeWords lexicon hits with a negative valence
 */
public record DocumentTone(int words, int positiveWords, int negativeWords) {
    /** The tone of a document without words: GDELT's neutral 0 on every score. */
    public static final DocumentTone NONE = new DocumentTone(0, 0, 0);

    public DocumentTone {
        if (words < 0 || positiveWords < 0 || negativeWords < 0)
            throw new IllegalArgumentException("negative word count in " + words + "/" + positiveWords + "/" + negativeWords);
        if (positiveWords + negativeWords > words)
            throw new IllegalArgumentException(positiveWords + " positive and " + negativeWords + " negative hits in " + words + " words");
    }

    /** GDELT's Tone: PositiveScore minus NegativeScore, -100..+100. */
    public double tone() {
        return positiveScore() - negativeScore();
    }

    /** GDELT's PositiveScore: positive hits per hundred words, 0..100. */
    public double positiveScore() {
        return percent(positiveWords);
    }

    /** GDELT's NegativeScore: negative hits per hundred words, as a positive number, 0..100. */
    public double negativeScore() {
        return percent(negativeWords);
    }

    /** GDELT's Polarity: hits of either sign per hundred words, how emotionally charged the text is. */
    public double polarity() {
        return percent(positiveWords + negativeWords);
    }

    private double percent(int n) {
        return words == 0 ? 0 : 100.0 * n / words;
    }
}
