package org.tessera.coding;

import java.util.Locale;

/**
 * What a word does with the action it governs: asks for it (CAMEO 02), promises it (03), demands it
 * (10), rejects it (12), threatens it (13), or undoes it ("lift the sanctions", "withdraw the troops").
 * The first five are CAMEO's verbal families, each a column of {@code verbal-families.tsv}; the
 * words are in {@code action-frames.tsv}.
 */
public enum ActionFrame {
    APPEAL, INTENT, DEMAND, REJECT, THREATEN, REVERSE;

    /** The frame's name in our data files: its constant in lower case. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ActionFrame parse(String name) {
        for (ActionFrame f : values()) if (f.fileName().equals(name)) return f;
        throw new IllegalArgumentException("unknown frame '" + name + "' (want appeal, intent, demand, reject, threaten or reverse)");
    }
}
