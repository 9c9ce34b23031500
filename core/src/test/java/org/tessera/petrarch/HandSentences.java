package org.tessera.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Dependency;
import org.tessera.model.Token;

/** Sentences written by hand for tests: tokens as {@code word/POS} or {@code word/POS/lemma}, edges as {@code "relation governor dependent"}. */
final class HandSentences {
    private HandSentences() {
    }

    static List<Token> tokens(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : spec.trim().split("\\s+")) {
            String[] p = t.split("/");
            String word = p[0].replace('_', ' ');
            out.add(new Token(out.size(), word, p.length > 2 ? p[2] : word, p[1], "O", at, at + word.length()));
            at += word.length() + 1;
        }
        return out;
    }

    static TokenWords words(String spec) {
        return new TokenWords(tokens(spec));
    }

    static AnnotatedSentence parsed(String spec, String... edges) {
        List<Token> tokens = tokens(spec);
        List<Dependency> deps = new ArrayList<>();
        for (String e : edges) {
            String[] p = e.trim().split("\\s+");
            deps.add(new Dependency(Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[0]));
        }
        String text = String.join(" ", tokens.stream().map(Token::word).toList());
        return new AnnotatedSentence(0, text, 0, text.length(), tokens, deps, List.of(), true);
    }

    /** Dictionaries from the text of each file (verbs, actors, agents, discards); any problem in them fails the test. */
    static PetrarchDictionaries dictionaries(String verbs, String actors, String agents, String discards) {
        List<String> problems = new ArrayList<>();
        PetrarchDictionaries d = new PetrarchDictionaries(VerbFileReader.read(lines("test.verbs", verbs), problems::add),
                ActorFileReader.read(lines("test.actors.txt", actors), problems::add),
                AgentFileReader.read(lines("test.agents.txt", agents), problems::add),
                PetrarchDiscard.read(lines("test.discards.txt", discards), problems::add), List.of());
        if (!problems.isEmpty()) throw new AssertionError("bad test dictionaries: " + problems);
        return d;
    }

    private static List<DictionaryLines.Line> lines(String file, String text) {
        return DictionaryLines.parse(file, List.of(text.split("\n", -1)));
    }
}
