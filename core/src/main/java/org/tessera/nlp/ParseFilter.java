package org.tessera.nlp;

import java.util.List;
import org.tessera.model.Token;

/**
 * Decides, from tokens with POS and NER only, whether a sentence is worth a dependency parse.
 * The coder supplies it: a sentence that cannot name an actor cannot hold an event.
 */
@FunctionalInterface
public interface ParseFilter {
    boolean worthParsing(List<Token> tokens);

    ParseFilter ALL = tokens -> true;
}
