package org.tessera.coding;

import java.util.List;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Token;

/**
 * One way of finding events in a parsed sentence: our dependency patterns, a user's PETRARCH
 * dictionaries, a statistical model. A coder proposes {@link CandidateEvent}s with their actors
 * and typed evidence; the {@link EventFinisher} then gives every coder's candidates the same
 * modality, date, place, confidence and merge rule. Coders run in the order of their list, each
 * sentence in turn, sharing the article's memory. Implementations must be immutable and
 * thread-safe (all per-article state is in the memory).
 */
public interface EventCoder {
    /** Short name printed in evidence ("lexicon", "petrarch"). */
    String name();

    /** Whether an unparsed sentence may hold something for this coder, so that it gets a parse. */
    boolean worthParsing(List<Token> tokens);

    /** The candidates of one parsed sentence of {@code article}. */
    List<CandidateEvent> code(ParseView sentence, AnnotatedArticle article, MutableArticleMemory memory);
}
