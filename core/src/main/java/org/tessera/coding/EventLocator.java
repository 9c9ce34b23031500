package org.tessera.coding;

import org.tessera.model.ActorPlaces;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.model.Location;

/** The coder's last step: where the text places an event. Returns null when it does not say. */
@FunctionalInterface
public interface EventLocator {
    Location locate(Event event, AnnotatedSentence sentence, int trigger, AnnotatedArticle article);

    /**
     * The place the sentence itself says an action falls on: the trigger's object when it names a
     * place ("shelled Juba"), else a locative on the trigger ("fired at targets in Jericho"); never
     * the dateline. Null when the sentence names none, or the locator reads no places.
     */
    default Location struck(AnnotatedSentence sentence, int trigger, AnnotatedArticle article) {
        return null;
    }

    /**
     * Where the text places the event's source and target (GDELT's Actor1Geo/Actor2Geo); called
     * after {@link #locate}. {@link ActorPlaces#NONE} when the locator reads no places.
     */
    default ActorPlaces placeActors(Event event, AnnotatedSentence sentence, AnnotatedArticle article) {
        return ActorPlaces.NONE;
    }

    EventLocator NONE = (e, s, t, a) -> null;
}
