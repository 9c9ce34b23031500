package org.tessera.lang;

/** How a user's PETRARCH dictionaries join our own knowledge: beside it, or in its place. */
public enum DictionaryMode {
    WITH, INSTEAD
}
