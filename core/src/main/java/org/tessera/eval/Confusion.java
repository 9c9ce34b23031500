package org.tessera.eval;

/**
 * How often a prediction had an entry's quote and actors but a root the entry does not accept:
 * {@code goldRoot} is the entry's most fitting root, {@code predictedRoot} the one coded.
 */
public record Confusion(String goldRoot, String predictedRoot, int count) {
    public String line() {
        return goldRoot + " -> " + predictedRoot + ": " + count;
    }
}
