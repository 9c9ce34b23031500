package org.tessera.coding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.data.WordClasses;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;

/**
 * Whose side an armed or ethnic group is on, where the phrase rules read it too literally or not
 * at all. The phrase rules see a group's own words; these read the words that place it:
 * "militants loyal to Zarqawi" fight for the one they are loyal to, "Vietnamese-led forces" for the
 * one who leads them, "their forces" for the pronoun's antecedent, "the Hezbollah group" is
 * Hezbollah, and "ethnic Albanians" living in Macedonia are Macedonia's actors, not Albania's
 * (the codebook codes a minority as the country it lives in). A phrase that names its own country
 * ("Pakistani militants loyal to the Taliban") keeps it. Immutable and thread-safe.
 */
final class GroupSides {
    private static final Set<String> ALLEGIANCE = Set.of("loyal", "faithful", "allied");
    /** A leader's links to a "-led" participle: "Vietnamese-led" is split into a dependent and "led". */
    private static final List<String> LEADER_LINKS = List.of("dep", "compound", "obl:npmod", "nmod:npmod", "npadvmod", "amod");
    /** Where the one a group is loyal to is named on a head that is no actor itself: the person, then whose he is. */
    /** The roles of armed men, whose owner's side a possessive gives ("their fighters"); other bodies are left to the phrase rules. */
    private static final Set<String> ARMED_ROLES = Set.of("MIL", "REB", "COP", "SPY");
    /** Heads that name a people as the residents of a place: "the Albanian population of the province", "the Serb minority". */
    private static final Set<String> MINORITY_HEADS = Set.of("minority", "minorities", "population", "populations");
    private static final List<String> NAMING_LINKS = List.of("appos", "dep", "flat", "nmod:poss", "compound");

    private final RoleLexicon roles;
    private final WordClasses<HeadNounClass> heads;

    GroupSides(RoleLexicon roles, WordClasses<HeadNounClass> heads) {
        this.roles = roles;
        this.heads = heads;
    }

    /** The readings that need the sentence's phrases only: allegiance, leadership, group bodies, ethnic minorities. */
    void beforePronouns(ParseView view, int first, Map<Integer, ActorMention> found, SentencePlaces places) {
        for (int h = first; h < view.size(); h++) {
            if (view.head(h) == -2 || !view.token(h).isNoun()) continue;
            int head = h;
            Optional<ActorMention> side = loyalTo(view, h, found).or(() -> ledBy(view, head, found)).or(() -> groupBody(view, head, found));
            side.ifPresent(a -> found.put(head, a));
        }
        for (Map.Entry<Integer, ActorMention> e : Map.copyOf(found).entrySet())
            minority(view, e.getValue(), places, found).ifPresent(a -> found.put(e.getKey(), a));
    }

    /** "their forces", "its troops": armed men owned by a resolved pronoun are of the pronoun's side. */
    void afterPronouns(ParseView view, int first, Map<Integer, ActorMention> found) {
        for (int h = first; h < view.size(); h++) {
            if (view.head(h) == -2 || !view.token(h).isNoun() || !open(found.get(h))) continue;
            Optional<RoleLexicon.Hit> word = roleWord(view, h).filter(w -> ARMED_ROLES.contains(w.role()));
            if (word.isEmpty()) continue;
            for (int p : view.children(h, "nmod:poss")) {
                ActorMention owner = found.get(p);
                if (owner == null || !view.token(p).isPronoun()) continue;
                Actor o = owner.actor();
                // A group's own men are the group ("the rebels ... their fighters": REB); a state's or a people's take the word's role.
                String role = o.role().isEmpty() || o.role().equals("GOV") ? word.get().role() : o.role();
                found.put(h, mention(view, h, Math.min(h, p), h + 1, o.name(), o.country(), role, "possessed:" + o.code()));
                break;
            }
        }
    }

    /** "Militants loyal to Zarqawi", "troops loyal to President Gbagbo": the side of the one they are loyal to. */
    private Optional<ActorMention> loyalTo(ParseView view, int h, Map<Integer, ActorMention> found) {
        if (!open(found.get(h))) return Optional.empty();
        Optional<RoleLexicon.Hit> word = roleWord(view, h);
        if (word.isEmpty()) return Optional.empty();
        for (int m : view.children(h)) {
            String rel = view.baseRelation(m);
            if (!rel.equals("amod") && !rel.equals("acl") || !ALLEGIANCE.contains(view.lemma(m))) continue;
            for (int c : view.prepositional(m, "to")) {
                Optional<ActorMention> lord = namedAt(view, c, found);
                if (lord.isEmpty()) continue;
                Actor a = lord.get().actor();
                // A group keeps its own code ("fighters loyal to Hezbollah": LBNREB); a person or state gives its country.
                String role = a.ruleKind() == ActorRule.GROUP ? a.role() : word.get().role();
                return Optional.of(mention(view, h, h, Math.max(h + 1, lord.get().end()), a.name(), a.country(), role, "loyal-to:" + a.code()));
            }
        }
        return Optional.empty();
    }

    /** "Vietnamese-led forces", "a Saudi-led coalition": the side of the one who leads them. */
    private Optional<ActorMention> ledBy(ParseView view, int h, Map<Integer, ActorMention> found) {
        if (!open(found.get(h))) return Optional.empty();
        for (int m : view.children(h)) {
            String rel = view.baseRelation(m);
            if (!rel.equals("amod") && !rel.equals("acl") || !view.token(m).word().toLowerCase(Locale.ROOT).equals("led")) continue;
            for (String link : LEADER_LINKS) {
                for (int c : view.children(m, link)) {
                    ActorMention leader = found.get(c);
                    if (leader == null || c > m) continue;
                    Actor a = leader.actor();
                    String role = roleWord(view, h).map(RoleLexicon.Hit::role).orElse("");
                    return Optional.of(mention(view, h, Math.min(c, h), h + 1, a.name(), a.country(), role.equals("-") ? "" : role, "led-by:" + a.code()));
                }
            }
        }
        return Optional.empty();
    }

    /** "The Hezbollah group", "Hamas members": a group word with a group's name on it is that group. */
    private Optional<ActorMention> groupBody(ParseView view, int h, Map<Integer, ActorMention> found) {
        if (found.containsKey(h) || !heads.is(view.token(h).word().toLowerCase(Locale.ROOT), HeadNounClass.COLLECTIVE)
                && !heads.is(view.lemma(h), HeadNounClass.COLLECTIVE)) return Optional.empty();
        for (int c : view.children(h, "compound")) {
            ActorMention g = found.get(c);
            if (g == null || g.actor().ruleKind() != ActorRule.GROUP) continue;
            Actor a = g.actor();
            return Optional.of(new ActorMention(h, Math.min(h, g.start()), h + 1,
                    new Actor(view.sentence().span(Math.min(h, g.start()), h + 1), a.name(), a.country(), a.role(), ActorRule.GROUP, a.name())));
        }
        return Optional.empty();
    }

    /**
     * "Ethnic Albanian guerrillas operating in Macedonia", "three ethnic Albanians in southern Serbia",
     * "the Serb population of Bosnia": a people called ethnic, or a minority or population, is of the
     * country the phrase or the sentence places it in (else, called ethnic, of the one other country
     * the sentence names), not of the state its name belongs to.
     */
    private Optional<ActorMention> minority(ParseView view, ActorMention m, SentencePlaces places, Map<Integer, ActorMention> found) {
        Actor a = m.actor();
        if (a.ruleKind() != ActorRule.TITLE && a.ruleKind() != ActorRule.PEOPLE || !calledEthnic(view, m.head())) return Optional.empty();
        Optional<String> home = ownPlace(view, m.head(), found).or(places::located);
        // Only a people called ethnic is a minority wherever the sentence names one other country; a population needs its place.
        if (home.isEmpty() && !MINORITY_HEADS.contains(view.lemma(m.head()))) {
            Set<String> others = new TreeSet<>(places.named());
            others.remove(a.country());
            if (others.size() == 1) home = Optional.of(others.iterator().next());
        }
        return home.filter(c -> !c.equals(a.country())).map(c -> new ActorMention(m.head(), m.start(), m.end(),
                new Actor(a.text(), a.name(), c, a.role(), a.ruleKind(), "ethnic-minority:" + a.code() + "->" + c)));
    }

    /** "the Serb population of Bosnia", "ethnic Russians in Latvia": the country the phrase itself places its people in. */
    private static Optional<String> ownPlace(ParseView view, int h, Map<Integer, ActorMention> found) {
        for (String p : List.of("in", "of"))
            for (int c : view.prepositional(h, p)) {
                ActorMention place = found.get(c);
                if (place != null && place.actor().ruleKind() == ActorRule.COUNTRY) return Optional.of(place.actor().country());
            }
        return Optional.empty();
    }

    private static boolean calledEthnic(ParseView view, int h) {
        if (MINORITY_HEADS.contains(view.lemma(h))) return true;
        for (int x : ActorResolver.phrase(view, h))
            if (view.token(x).word().equalsIgnoreCase("ethnic") && view.baseRelation(x).equals("amod")) return true;
        return false;
    }

    /** The actor a complement names: its head's, else one named on it ("Iraq's al-Qaeda frontman Zarqawi"). */
    private static Optional<ActorMention> namedAt(ParseView view, int c, Map<Integer, ActorMention> found) {
        if (found.containsKey(c)) return Optional.of(found.get(c));
        for (String link : NAMING_LINKS)
            for (int x : view.children(c, link)) {
                ActorMention a = found.get(x);
                if (a != null && !a.actor().ruleKind().isPronoun()) return Optional.of(a);
            }
        return Optional.empty();
    }

    /** A phrase with no actor, or only a role alone placed by the article ("militants" in the article's country), is open to a reading. */
    private static boolean open(ActorMention m) {
        return m == null || m.actor().ruleKind() == ActorRule.AGENT;
    }

    private Optional<RoleLexicon.Hit> roleWord(ParseView view, int h) {
        return roles.single(view.token(h)).filter(w -> !w.role().equals("-"));
    }

    private static ActorMention mention(ParseView view, int h, int start, int end, String name, String country, String role, String detail) {
        return new ActorMention(h, start, end, new Actor(view.sentence().span(start, end), name, country, role, ActorRule.TITLE, detail));
    }
}
