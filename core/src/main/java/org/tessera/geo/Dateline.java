package org.tessera.geo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "MINSK, May 3 (Reuters) -", "TOKYO —",
 * "PARIS, Texas (AP) —". Looked for at the start of the text and of its second paragraph (the
 * first is the headline when the page had one). The place must be written in capitals, which is
 * what tells a dateline from a sentence that starts with a name and a dash.
 *
 * @param name      the place, as written ("MINSK")
 * @param qualifier the state or country after it ("Texas"), or null
 */
public record Dateline(String name, String qualifier) {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}?)"                        // MINSK, NEW YORK, ST. PETERSBURG
                    + "(?:\\s*,\\s*(\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?))?"   // , Texas / , Belarus
                    + "(?:\\s*,\\s*\\p{L}{3,9}\\.? \\d{1,2}(?:,? \\d{4})?)?"        // , May 3 / , May 3, 2024
                    + "\\s*(?:\\([^)\\n]{1,40}\\))?"                              // (Reuters)
                    + "\\s*(?:—|–|--|-|:)\\s+\\S");

    public static Optional<Dateline> find(String text) {
        if (text == null) return Optional.empty();
        String[] paragraphs = text.split("\\n\\s*\\n", 3);
        for (int i = 0; i < Math.min(2, paragraphs.length); i++) {
            Matcher m = DATELINE.matcher(paragraphs[i]);
            if (!m.find()) continue;
            String name = m.group(1).trim();
            if (name.length() < 3 || !name.chars().anyMatch(Character::isLetter)) continue;
            String q = m.group(2);
            return Optional.of(new Dateline(name, q == null ? null : q.trim()));
        }
        return Optional.empty();
    }
}
