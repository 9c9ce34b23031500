package org.tessera.testkit;

import org.tessera.lang.English;

/** The language code tests give their English articles, taken from where English is registered. */
public final class TestLanguage {
    public static final String ENGLISH = English.CODE;

    private TestLanguage() {
    }
}
