package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.testkit.Conllu;

/**
 * The actor table of {@code docs/coding.md} as a test, without CoreNLP: hand-written parses of
 * our own sentences ({@code actor-rules.conllu}), resolved with the bundled dictionaries. Each
 * case is an article read in order (so the memory carries names and antecedents over), and each
 * of its sentences must yield exactly the actors listed, as "id:head CODE RULE" with the CoNLL-U
 * id of the head token.
 */
class ActorRulesTest {
    private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled(), RoleLexicon.bundled());

    record Sentence(String conllu, Set<String> actors) {
    }

    record Case(String name, LocalDate on, List<Sentence> sentences) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The cases of {@code actor-rules.conllu}; its header says the format. */
    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        String name = null;
        LocalDate on = null;
        List<Sentence> sentences = new ArrayList<>();
        Set<String> actors = null;
        StringBuilder conllu = new StringBuilder();
        List<String> lines;
        try (InputStream in = ActorRulesTest.class.getResourceAsStream("actor-rules.conllu")) {
            lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        lines.add("# article = end");
        for (String line : lines) {
            boolean newArticle = line.startsWith("# article = ");
            if ((newArticle || line.startsWith("# actors = ")) && actors != null) {
                sentences.add(new Sentence(conllu.toString(), actors));
                conllu.setLength(0);
                actors = null;
            }
            if (newArticle) {
                if (name != null) out.add(new Case(name, on, sentences));
                name = line.substring("# article = ".length());
                sentences = new ArrayList<>();
            } else if (line.startsWith("# date = ")) {
                on = LocalDate.parse(line.substring("# date = ".length()));
            } else if (line.startsWith("# actors = ")) {
                actors = new TreeSet<>();
                for (String a : line.substring("# actors = ".length()).split("\\|")) if (!a.isBlank()) actors.add(a.strip());
            } else if (!line.startsWith("#") && !line.isBlank()) {
                conllu.append(line).append('\n');
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachSentenceYieldsExactlyItsActors(Case c) {
        MutableArticleMemory memory = new MutableArticleMemory();
        List<Set<String>> expected = new ArrayList<>();
        List<Set<String>> got = new ArrayList<>();
        for (Sentence s : c.sentences()) {
            ParseView view = new ParseView(Conllu.sentence(s.conllu()));
            SentenceActors actors = RESOLVER.resolve(view, memory, c.on());
            Set<String> found = new TreeSet<>();
            for (ActorMention a : actors.all()) {
                found.add((a.head() + 1) + ":" + view.token(a.head()).word() + " " + a.actor().code() + " " + a.actor().ruleKind().name());
                // As the coder does: the article's last person and group, for the pronouns of later sentences.
                if (a.actor().ruleKind().isPronoun()) continue;
                if (a.isPerson()) memory.sawPerson(a.actor());
                else memory.sawGroup(a.actor());
            }
            expected.add(s.actors());
            got.add(found);
        }
        assertEquals(expected, got);
    }

    /** The documentation's table names the rule classes in the order the resolver tries them, pronouns last. */
    @Test
    void documentedTableIsTheResolversOrder() throws IOException {
        List<String> documented = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("../docs/coding.md"))) {
            if (line.startsWith("## ")) inSection = line.startsWith("## 2. Actors");
            String[] cells = line.split("\\|");
            if (inSection && cells.length > 2 && cells[2].strip().matches("`\\w+Rule`"))
                documented.add(cells[1].strip().replaceAll("`([a-z-]+).*", "$1") + " " + cells[2].strip().replace("`", ""));
        }
        List<String> resolver = new ArrayList<>();
        for (PhraseRule r : RESOLVER.rules()) resolver.add(r.rule().label() + " " + r.getClass().getSimpleName());
        resolver.add("pronoun PronounRule");
        assertEquals(resolver, documented);
    }
}
