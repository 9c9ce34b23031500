package org.tessera.intake;

/** A plain text file: {@code .txt}, {@code .text}. */
final class PlainTextFormat extends SinglePageFormat {
    @Override
    public boolean recognises(Input input) {
        String name = input.baseName();
        return !input.isFolder() && (name.endsWith(".txt") || name.endsWith(".text"));
    }

    @Override
    String mediaType() {
        return "text/plain";
    }
}
