package org.tessera.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.ActorRule;

/**
 * "Russian Foreign Minister Sergei Lavrov", "Lukashenka": a person of {@code people.tsv} with the
 * role of the term in office on the article date. Outside every term the dictionary still gives his
 * country, and the role is read from the text: a "former" (or "ex-") office holder is his country's
 * elite, CAMEO's ELI, as PETRARCH and ICEWS code former and future leaders; a title written beside
 * the name says the office the dictionary lacks ("Brexit Secretary Dominic Raab"); a bare name after
 * his last term keeps that term's role, since articles recount a leader's acts in office after the
 * fact and our dates are the article's; a bare name before his first term is an elite ("Obama" in
 * 2000). A bare surname the dictionary inferred counts only where CoreNLP tagged it a person and
 * the tagged name is that surname alone: "Michel" in "Michel Aoun" is a given name, not Charles
 * Michel. The name is remembered for later bare mentions.
 */
final class PersonDictionaryRule implements PhraseRule {
    /** Words that put an office in the past: the person written with them holds none now. */
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired", "late");

    private final RoleLexicon roles;

    PersonDictionaryRule(RoleLexicon roles) {
        this.roles = roles;
    }

    @Override
    public ActorRule rule() {
        return ActorRule.PERSON_DICTIONARY;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        boolean tagged = p.view().token(p.head()).ner().equals("PERSON");
        NameCover.Skip written = p.personName();
        return p.names().at(p.head()).flatMap(m -> {
            boolean wholeName = tagged && written.start() == m.start() && written.end() == m.end();
            List<DictionaryEntry> persons = m.entries().stream().filter(e -> e.kind() == ActorKind.PERSON)
                    .filter(e -> wholeName || !e.source().endsWith(ActorDictionary.INFERRED)).toList();
            return ActorDictionary.nearestTerm(persons, p.on()).map(e -> p.on() == null || e.holdsOn(p.on()) ? e : outsideTerm(p, written, e));
        }).map(e -> {
            ActorMention a = p.mention(e.name(), e.country(), e.role(), ActorRule.PERSON_DICTIONARY, e.name());
            p.memory().rememberName(e.name(), a.actor());
            return a;
        });
    }

    /** The person on a date outside all his terms; {@code nearest} is the term nearest that date. */
    private DictionaryEntry outsideTerm(NounPhrase p, NameCover.Skip name, DictionaryEntry nearest) {
        Set<Integer> around = new TreeSet<>(p.tokens());
        around.addAll(TitledPersonRule.precedingTitle(p.view(), name.start()));
        if (around.stream().anyMatch(i -> FORMER.contains(p.view().token(i).word().toLowerCase(Locale.ROOT)))) return nearest.outOfOffice();
        Optional<RoleLexicon.Hit> title = roles.strongest(p.view().sentence().tokens(), p.names().outsideNames(around, name))
                .filter(r -> !r.role().isEmpty() && !r.role().equals("-"));
        if (title.isPresent()) return nearest.withRole(title.get().role());
        return nearest.to() != null && nearest.to().isBefore(p.on()) ? nearest : nearest.outOfOffice();
    }
}
