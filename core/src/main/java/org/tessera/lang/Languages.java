package org.tessera.lang;

import java.util.List;

/** The languages Tessera codes: the one place a language is registered. */
public final class Languages {
    private Languages() {
    }

    public static List<LanguageSupport> standard() {
        return List.of(new English());
    }
}
