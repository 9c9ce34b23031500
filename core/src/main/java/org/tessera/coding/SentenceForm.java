package org.tessera.coding;

import java.util.Set;
import org.tessera.model.AnnotatedSentence;

/**
 * What a line of a page is by its form: a headline or a heading, which tells events otherwise than
 * running text does. Pages keep their lines as sentences, so a title, a sidebar's list of other
 * stories or the numbered headings of a list of scenarios arrive as sentences of their own.
 */
final class SentenceForm {
    private static final Set<String> STOPS = Set.of(".", "!", "?");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "''", "\u201d", "\u2019", "'");

    private SentenceForm() {
    }

    /**
     * A headline: the article's first line, or a line without a full stop. Headlines tell past events
     * in the present ("Abe visits Rome"), running text in the past.
     */
    static boolean headline(AnnotatedSentence s) {
        return s.index() == 0 || !fullStop(s);
    }

    /**
     * A numbered heading: a line that starts with its number and a capital and has no full stop ("3
     * Parliament rejects the plan", in a list of possible scenarios or of the most-read stories).
     * It names another story or a case the text goes on to weigh, not an event it reports.
     */
    static boolean numberedHeading(AnnotatedSentence s) {
        if (s.tokens().size() < 3 || fullStop(s)) return false;
        String number = s.token(0).word();
        String next = s.token(1).word();
        return number.matches("\\d{1,2}") && Character.isUpperCase(next.codePointAt(0));
    }

    private static boolean fullStop(AnnotatedSentence s) {
        int n = s.tokens().size();
        if (n > 1 && CLOSING_QUOTES.contains(s.token(n - 1).word())) n--;
        return n > 0 && STOPS.contains(s.token(n - 1).word());
    }
}
