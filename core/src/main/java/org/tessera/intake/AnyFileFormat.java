package org.tessera.intake;

/**
 * Any other file, as one page of no declared type: {@link Intake} decides from the bytes whether it
 * is HTML, text, or not readable at all (binary). Last in the list, since it takes every file.
 */
final class AnyFileFormat extends SinglePageFormat {
    @Override
    public boolean recognises(Input input) {
        return !input.isFolder();
    }

    @Override
    String mediaType() {
        return "";
    }
}
