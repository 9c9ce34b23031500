package org.tessera.model;

import java.util.Objects;

/**
 * One news article cut out of a document, cleaned of site chrome.
 *
 * @param docId      id of the document it came from
 * @param index      0-based position of the article in the document
 * @param title      headline, may be empty
 * @param text       cleaned body text, paragraphs separated by blank lines; the title is its first paragraph when known
 * @param offset     where {@code text} starts in the document's cleaned text (the contract's {@code span} is relative to that)
 * @param date       publication date, may be null
 * @param dateOrigin how {@code date} was found
 * @param language   ISO 639-1 code of the detected language, or "und"
 * @param url        canonical URL when known, else empty
 */
public record Article(String docId, int index, String title, String text, int offset,
                      PartialDate date, DocumentDateOrigin dateOrigin, String language, String url) {
    public Article {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        if (index < 0) throw new IllegalArgumentException("index < 0");
        if (offset < 0) throw new IllegalArgumentException("offset < 0");
        title = title == null ? "" : title;
        dateOrigin = dateOrigin == null ? (date == null ? DocumentDateOrigin.NONE : DocumentDateOrigin.PAGE) : dateOrigin;
        language = language == null ? UNDETERMINED_LANGUAGE : language;
        url = url == null ? "" : url;
    }

    /** The language code of an article whose language could not be determined (ISO 639-2's "und"). */
    public static final String UNDETERMINED_LANGUAGE = "und";

    public Article withLanguage(String lang) {
        return new Article(docId, index, title, text, offset, date, dateOrigin, lang, url);
    }

    public Article withDate(PartialDate d, DocumentDateOrigin origin) {
        return new Article(docId, index, title, text, offset, d, origin, language, url);
    }
}
