package org.tessera.coding;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.ActorRule;
import org.tessera.model.Token;

/**
 * "Foreign Ministry spokeswoman Maria Zakharova": a person the dictionary does not know, named with
 * a title (the role) and a country or organisation (the code). An organisation alone will do,
 * taking its own role. A title with no country beside it ("President Dos Santos", "Judge Ito")
 * takes the one country the sentence or article names unambiguously, and none where it is
 * unclear. The name is remembered for the rest of the article.
 */
final class TitledPersonRule implements PhraseRule {
    private final RoleLexicon roles;

    TitledPersonRule(RoleLexicon roles) {
        this.roles = roles;
    }

    @Override
    public ActorRule rule() {
        return ActorRule.TITLED_PERSON;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        if (!p.namesPerson()) return Optional.empty();
        NameCover.Skip name = p.personName();
        Set<Integer> titled = new TreeSet<>(p.tokens());
        titled.addAll(precedingTitle(p.view(), name.start()));
        Optional<NameCover.Marker> marker = p.names().marker(p.head(), titled, Set.of(), name, p.on());
        // A word of no role ("sides") is no title: "a member of two winning sides" describes, it does not name an office.
        Optional<RoleLexicon.Hit> role = roles.strongest(p.view().sentence().tokens(), p.names().outsideNames(titled, name))
                .filter(r -> !r.role().isEmpty());
        String personName = p.view().sentence().span(name.start(), name.end());
        Optional<ActorMention> a;
        if (marker.isEmpty()) {
            a = role.filter(r -> isCapitalised(p.view().token(r.start()).word())).flatMap(r -> p.unambiguousCountry().map(c ->
                    p.mention(personName, c.code(), r.role(), ActorRule.TITLED_PERSON, r.phrase() + "+" + c.how() + ":" + c.code())));
        } else if (role.isEmpty() && !marker.get().entry().kind().isBody()) {
            a = Optional.empty();
        } else {
            DictionaryEntry e = marker.get().entry();
            a = Optional.of(p.mention(personName, e.country(), e.roleUnder(role), ActorRule.TITLED_PERSON,
                    role.map(RoleLexicon.Hit::phrase).orElse(e.name())));
        }
        a.ifPresent(m -> p.memory().rememberName(personName, m.actor()));
        return a;
    }

    /** "President", "Gen.": a title written as a title, not a description ("spokesman Ivan Petrov"), which may serve anyone. */
    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * The title words written right before a name ("then Japanese minister of foreign affairs Koji
     * Kakizawa"), read linearly because parsers often attach long titles wrongly.
     */
    static Set<Integer> precedingTitle(ParseView view, int nameStart) {
        Set<Integer> out = new TreeSet<>();
        for (int i = nameStart - 1; i >= 0 && nameStart - i <= 8; i--) {
            Token t = view.token(i);
            String pos = t.pos();
            boolean titleWord = pos.startsWith("NN") || pos.equals("JJ") || pos.equals("IN") && t.word().equalsIgnoreCase("of")
                    || pos.equals("POS") || pos.equals("HYPH");
            if (!titleWord || t.ner().equals("PERSON")) break;
            out.add(i);
        }
        return out;
    }
}
