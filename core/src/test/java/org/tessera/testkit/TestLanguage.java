package org.tessera.testkit;

/** The language code tests give their English articles, taken from where English is registered. */
public final class TestLanguage {
    public static final String ENGLISH = "en";

    private TestLanguage() {
    }
}
