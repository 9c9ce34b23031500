package org.tessera.intake;

import org.tessera.model.PartialDate;

import java.util.List;

/** An article as an extractor found it, before offsets, language and date fallbacks are settled. */
record ArticleDraft(String title, List<String> paragraphs, PartialDate date, String url) {
    ArticleDraft {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        url = url == null ? "" : url;
    }
}
