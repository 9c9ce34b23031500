package org.tessera.intake;

/** An HTML page: {@code .html}, {@code .htm}, {@code .xhtml}. */
final class HtmlFormat extends SinglePageFormat {
    @Override
    public boolean recognises(Input input) {
        String name = input.baseName();
        return !input.isFolder() && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"));
    }

    @Override
    String mediaType() {
        return "text/html";
    }
}
