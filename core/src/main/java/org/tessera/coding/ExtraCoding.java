package org.tessera.coding;

import java.util.List;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.model.Token;

/**
 * A further coding step the {@link Coder} runs on each parsed sentence after its own, for coders
 * that bring their own matching (PETRARCH dictionaries). Its events join the sentence's, a repeat
 * of the same dyad and code counting once. Implementations must be immutable and thread-safe.
 */
public interface ExtraCoding {
    ExtraCoding NONE = new ExtraCoding() {
        @Override
        public boolean worthParsing(List<Token> tokens) {
            return false;
        }

        @Override
        public List<Event> code(AnnotatedSentence sentence, AnnotatedArticle article, CodingKnowledge knowledge) {
            return List.of();
        }
    };

    /** Whether an unparsed sentence may hold something for this step (so it gets a parse). */
    boolean worthParsing(List<Token> tokens);

    List<Event> code(AnnotatedSentence sentence, AnnotatedArticle article, CodingKnowledge knowledge);
}
