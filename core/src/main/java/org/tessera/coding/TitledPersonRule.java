package org.tessera.coding;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.ActorRule;
import org.tessera.model.Token;

/**
 * "Foreign Ministry spokeswoman Maria Zakharova": a person the dictionary does not know, named with
 * a title (the role) and a country or organisation (the code). An organisation alone will do,
 * taking its own role. The name is remembered for the rest of the article.
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
        Optional<RoleLexicon.Hit> role = roles.strongest(p.view().sentence().tokens(), p.names().outsideNames(titled, name));
        if (marker.isEmpty() || role.isEmpty() && !marker.get().entry().kind().isBody()) return Optional.empty();
        DictionaryEntry e = marker.get().entry();
        String personName = p.view().sentence().span(name.start(), name.end());
        ActorMention a = p.mention(personName, e.country(), e.roleUnder(role), ActorRule.TITLED_PERSON,
                role.map(RoleLexicon.Hit::phrase).orElse(e.name()));
        p.memory().rememberName(personName, a.actor());
        return Optional.of(a);
    }

    /**
     * The title words written right before a name ("then Japanese minister of foreign affairs Koji
     * Kakizawa"), read linearly because parsers often attach long titles wrongly.
     */
    private static Set<Integer> precedingTitle(ParseView view, int nameStart) {
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
