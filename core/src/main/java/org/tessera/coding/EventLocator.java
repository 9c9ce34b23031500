package org.tessera.coding;

import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.model.Location;

/** The coder's last step: where the text places an event. Returns null when it does not say. */
@FunctionalInterface
public interface EventLocator {
    Location locate(Event event, AnnotatedSentence sentence, int trigger, AnnotatedArticle article);

    EventLocator NONE = (e, s, t, a) -> null;
}
