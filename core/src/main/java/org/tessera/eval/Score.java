package org.tessera.eval;

import java.util.List;
import org.tessera.model.Event;

/**
 * The result of a scoring run. {@code falseEvents} are predictions no gold entry accepts;
 * {@code misses} are required gold entries no prediction found.
 */
public record Score(int predicted, int correct, int required, int found, List<Event> falseEvents, List<GoldEntry> misses) {
    public Score {
        falseEvents = List.copyOf(falseEvents);
        misses = List.copyOf(misses);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return required == 0 ? 0 : (double) found / required;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line() {
        return String.format(java.util.Locale.ROOT, "precision=%.3f recall=%.3f f1=%.3f", precision(), recall(), f1());
    }
}
