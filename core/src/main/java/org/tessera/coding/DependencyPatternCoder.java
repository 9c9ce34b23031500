package org.tessera.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;
import org.tessera.model.Evidence;
import org.tessera.model.Token;

/**
 * Our own coder: dependency patterns from the event lexicon. Per sentence:
 * <ol>
 *   <li>resolve actors ({@link ActorResolver}), remembering names and antecedents across the article;</li>
 *   <li>at each verb, then each noun, take the most specific lexicon pattern ({@link PatternMatcher})
 *       whose source and target resolve to actors ({@link ArgumentFinder}), conjuncts giving one event each.</li>
 * </ol>
 * Modality, date, place, confidence and merging are the {@link EventFinisher}'s. Immutable and
 * thread-safe.
 */
public final class DependencyPatternCoder implements EventCoder {
    private final CodingKnowledge knowledge;
    private final ActorResolver resolver;
    private final PatternMatcher matcher;
    /** CAMEO roots whose one-actor events target the actor's own country (an inquiry opened at home is domestic too). */
    private static final java.util.Set<String> DOMESTIC_ROOTS = java.util.Set.of("08", "09", "14", "15", "17", "18", "19", "20");
    /** CAMEO roots of saying something about an action, whose one-actor events are about a domestic matter ("demanded elections"). */
    /** CAMEO roots of a state's own acts on people (an inquiry, an arrest). */
    private static final java.util.Set<String> AUTHORITY_ROOTS = java.util.Set.of("09", "17");
    private static final java.util.Set<String> VERBAL_FAMILY_ROOTS = java.util.Set.of("02", "03", "10", "12", "13");
    private static final String PROTEST_ROOT = "14";
    /** Verbs of a protest's purpose clause ("to protest against", "to show their anger at") and where they name its object. */
    private static final Set<String> PURPOSE_VERBS = Set.of("protest", "show", "express", "voice", "denounce", "condemn", "oppose", "decry", "register");
    private static final List<String> PURPOSE_SLOTS = List.of("against", "at", "over", "obj", "on");

    /** The complements through which a target noun that is no actor names one: of, against, for, with ("contact with Washington"). */
    private static final List<String> ABOUT_PREPOSITIONS = List.of("of", "against", "for", "with");
    private final ArgumentFinder arguments = new ArgumentFinder(VerbClass.bundled());
    private final FamilyRule families;

    public DependencyPatternCoder(CodingKnowledge knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge);
        this.resolver = new ActorResolver(knowledge.actors(), knowledge.roles());
        this.matcher = new PatternMatcher(knowledge.lexicon());
        this.families = new FamilyRule(VerbalFamilies.bundled(knowledge.cameo()), matcher, arguments, ModalityCue.bundled());
    }

    @Override
    public String name() {
        return Evidence.LEXICON;
    }

    /** A sentence may hold an event for us if it may name an actor. */
    @Override
    public boolean worthParsing(List<Token> tokens) {
        return resolver.mayHoldActor(tokens);
    }

    public CodingKnowledge knowledge() {
        return knowledge;
    }

    @Override
    public List<CandidateEvent> code(ParseView view, AnnotatedArticle annotated, MutableArticleMemory memory) {
        SentenceActors actors = readActors(view, annotated, memory);
        return actors.isEmpty() ? List.of() : codeSentence(view, actors);
    }

    /**
     * The sentence's actors, remembered for the rest of the article: the one way actors are read,
     * so {@code explain} shows what {@code code} used.
     */
    public SentenceActors readActors(ParseView view, AnnotatedArticle annotated, MutableArticleMemory memory) {
        Article article = annotated.article();
        LocalDate on = article.date() == null ? null : article.date().start();
        SentenceActors actors = resolver.resolve(view, memory, on);
        remember(view, actors, memory);
        return actors;
    }

    /**
     * Verbs first, the clause's own before those of participles and relative clauses inside its
     * arguments ("lifted the sanctions imposed on Havana": lifting, not imposing), then nouns; a participle
     * speaking for an issued text ("adopted a resolution demanding that Kampala withdraw") comes first, as
     * it frames the clauses below it. At each,
     * a frame verb's family event ({@link FamilyRule}) comes before the lexicon's patterns.
     */
    private List<CandidateEvent> codeSentence(ParseView view, SentenceActors actors) {
        List<CandidateEvent> events = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        Map<Integer, List<ActorMention>> targetsAt = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) if (view.token(i).isVerb() && describes(view, i) && !arguments.issuers(view, i).isEmpty()) order.add(i);
        // A predicate adjective may frame an action like a verb ("is ready to send troops"), in the clause's order.
        for (int i = 0; i < view.size(); i++) if ((view.token(i).isVerb() || view.token(i).isAdjective()) && !describes(view, i)) order.add(i);
        for (int i = 0; i < view.size(); i++) if (view.token(i).isVerb() && describes(view, i) && arguments.issuers(view, i).isEmpty()) order.add(i);
        for (int i = 0; i < view.size(); i++) if (view.token(i).isNoun()) order.add(i);
        for (int t : order) {
            if (used.contains(t) || actors.at(t).isPresent() && view.token(t).isProperNoun()) continue;
            List<CandidateEvent> made = List.of();
            PatternMatch hit = null;
            Optional<FamilyMatch> family = families.at(view, t);
            if (family.isPresent()) {
                hit = family.get().match();
                made = eventsFor(view, hit, family.get().targetTiers(), actors, targetsAt);
            }
            for (Iterator<PatternMatch> it = matcher.at(view, t).iterator(); made.isEmpty() && it.hasNext(); ) {
                hit = it.next();
                made = eventsFor(view, hit, arguments.targetTiers(view, hit), actors, targetsAt);
            }
            if (made.isEmpty()) continue;
            used.add(t);
            used.addAll(hit.matched());
            // What describes the event's arguments is part of them, not an event of its own.
            for (int w : hit.matched()) if (view.token(w).isNoun()) used.addAll(ArgumentFinder.describing(view, w));
            events.addAll(made);
        }
        return events;
    }

    /** A name the parse hangs beside a noun: an apposition, or an acronym in brackets (a loose dep written in capitals). */
    private static boolean namesBeside(ParseView view, int n) {
        String w = view.token(n).word();
        return view.relation(n).equals("appos") || view.relation(n).equals("dep") && w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** What the infinitive of a protest's purpose is about: "to protest against the decision", "to show their disapproval of". */
    private List<Integer> purposeObjects(ParseView view, int trigger) {
        List<Integer> out = new ArrayList<>();
        for (int c : view.children(trigger)) {
            String rel = view.baseRelation(c);
            boolean infinitive = view.children(c, "mark").stream().anyMatch(k -> view.lemma(k).equals("to"));
            if (!(rel.equals("xcomp") || rel.equals("advcl")) || !infinitive || !PURPOSE_VERBS.contains(view.lemma(c))) continue;
            for (String slot : PURPOSE_SLOTS) out.addAll(arguments.filling(view, List.of(c), slot));
        }
        return out;
    }

    /** A participle or relative clause that describes a noun ("the troops deployed last year"). */
    private static boolean describes(ParseView view, int verb) {
        int h = view.head(verb);
        return view.baseRelation(verb).equals("acl") && h >= 0 && view.token(h).isNoun();
    }

    private List<CandidateEvent> eventsFor(ParseView view, PatternMatch m, List<List<Integer>> targetTiers, SentenceActors actors,
                                           Map<Integer, List<ActorMention>> targetsAt) {
        List<ActorMention> sources = actorsAt(view, arguments.sources(view, m), actors, false);
        if (sources.isEmpty() && m.pattern().nominal()) sources = actorsAt(view, arguments.governingSubjects(view, m), actors, false);
        if (sources.isEmpty()) sources = actorsAt(view, arguments.issuers(view, m.trigger()), actors, false);
        if (sources.isEmpty()) sources = placeAuthorities(view, m, actors);
        if (sources.isEmpty()) return List.of();
        if (m.pattern().nominal() && m.pattern().requirements().isEmpty() && view.sentence().index() > 0
                && sources.stream().noneMatch(a -> view.head(a.head()) == m.trigger() && !a.actor().ruleKind().isPronoun()))
            return List.of(); // a bare noun ("his visit") in running text is a mention, not a report; headlines keep them
        List<ActorMention> targets = targets(view, targetTiers, sources, actors);
        // "blocked a road to show their disapproval of Washington's policies": a protest names whom it is against in its purpose.
        if (m.pattern().cameo().startsWith(PROTEST_ROOT) && onlySources(targets, sources))
            targets = targets(view, List.of(purposeObjects(view, m.trigger())), sources, actors);
        // A target that is only the source again ("Sudan's president eased the curfew in Khartoum") names no other actor.
        if (onlySources(targets, sources)) targets = List.of();
        if (targets.isEmpty()) targets = conjunctTargets(view, m, targetsAt);
        if (!targets.isEmpty()) targetsAt.put(m.trigger(), targets);
        if (targets.isEmpty() && m.pattern().mutual() && sources.size() >= 2) return mutualEvents(view, m, sources);
        if (targets.isEmpty() && !m.pattern().targetOptional()) return List.of();
        List<CandidateEvent> built = build(view, m, sources, targets, false);
        // "Turkish authorities imposed a curfew in southeastern Turkey": a target that is the source
        // itself leaves a one-actor event, not none.
        if (built.isEmpty() && !targets.isEmpty() && m.pattern().targetOptional()) return build(view, m, sources, List.of(), false);
        return built;
    }

    /**
     * "Minsk lashed out at Moscow and threatened retaliation": a verb conjoined to an earlier one with the
     * same subject (none of its own) and no target of its own acts on the earlier verb's target. A verb
     * with a clause of its own ("insisted the unrest was ethnic") or an object that is no part of its
     * action ("urged its citizens to leave") has its own addressee.
     */
    private static List<ActorMention> conjunctTargets(ParseView view, PatternMatch m, Map<Integer, List<ActorMention>> targetsAt) {
        int verb = m.trigger();
        int first = view.head(verb);
        if (!view.token(verb).isVerb() || !view.baseRelation(verb).equals("conj") || first < 0 || !view.token(first).isVerb()) return List.of();
        if (!view.children(verb, "nsubj").isEmpty() || !view.children(verb, "ccomp").isEmpty()) return List.of();
        for (String rel : List.of("obj", "iobj"))
            for (int o : view.children(verb, rel)) if (!m.matched().contains(o)) return List.of();
        return targetsAt.getOrDefault(first, List.of());
    }

    private static boolean onlySources(List<ActorMention> targets, List<ActorMention> sources) {
        return targets.stream().allMatch(t -> sources.stream().anyMatch(s -> s.head() == t.head() || sameActor(s.actor(), t.actor())));
    }

    /** The actors of the first tier that names one besides the sources; failing that, those of the last tier. */
    private static List<ActorMention> targets(ParseView view, List<List<Integer>> tiers, List<ActorMention> sources, SentenceActors actors) {
        List<ActorMention> found = List.of();
        for (List<Integer> tier : tiers) {
            found = actorsAt(view, tier, actors, true);
            if (found.stream().anyMatch(t -> sources.stream().noneMatch(s -> s.head() == t.head() || sameActor(s.actor(), t.actor()))))
                return found;
        }
        return found;
    }

    /** Candidates for every source × target pair, with the evidence of each. */
    private List<CandidateEvent> build(ParseView view, PatternMatch m, List<ActorMention> sources, List<ActorMention> targets,
                                       boolean mutual) {
        boolean inherited = sources.stream().noneMatch(s -> view.head(s.head()) == m.trigger());
        EventPattern p = m.pattern();
        String text = actionText(view, m, targets);
        List<CandidateEvent> out = new ArrayList<>();
        List<ActorMention> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (ActorMention src : sources) {
            for (ActorMention tgt : targetList) {
                if (tgt != null && sameActor(src.actor(), tgt.actor())) continue;
                if (tgt != null && src.head() == tgt.head()) continue;
                Actor target = tgt == null ? ownCountry(src.actor(), p.cameo()) : tgt.actor();
                // A verbal event about a domestic matter is about the actor's own country; an actor without one names none.
                if (target == null && VERBAL_FAMILY_ROOTS.contains(p.cameo().substring(0, 2))) continue;
                Evidence evidence = new Evidence(Evidence.LEXICON, p.id(), p.cameo(), p.origin(),
                        src.actor().resolution(), target == null ? null : target.resolution(), inherited, mutual, "",
                        view.sentence().index(), m.trigger(), knowledge.versions());
                out.add(new CandidateEvent(m.trigger(), knowledge.cameo().get(p.cameo()), text, src.actor(), target,
                        p.specificity(), p.nominal(), evidence));
            }
        }
        return out;
    }

    /**
     * The target of a one-actor event of a domestic kind — yielding, protest, force, coercion,
     * assault, fighting, mass violence, an inquiry — that names none: the source's own country, as the codebook
     * codes a protest in Serbia SRB -> SRB. So are the one-actor events of the verbal families, which the
     * family rule allows only for a domestic matter ("demanded elections", "refused to resign"). Other
     * verbal events and actors without a country keep no target.
     */
    private Actor ownCountry(Actor source, String cameo) {
        String root = cameo.substring(0, 2);
        if (!DOMESTIC_ROOTS.contains(root) && !VERBAL_FAMILY_ROOTS.contains(root) || !knowledge.actors().isCountry(source.country())) return null;
        return new Actor("", "", source.country(), "", ActorRule.OWN_COUNTRY, source.code());
    }

    /**
     * "A US national has been put under investigation in Italy": an inquiry or an arrest told in the
     * passive with no agent is the act of the country it took place in.
     */
    private static List<ActorMention> placeAuthorities(ParseView view, PatternMatch m, SentenceActors actors) {
        int t = m.trigger();
        if (m.pattern().nominal() || !AUTHORITY_ROOTS.contains(m.pattern().cameo().substring(0, 2)) || !view.isPassive(t)) return List.of();
        return actorsAt(view, view.prepositional(t, "in"), actors, false).stream().filter(a -> a.actor().ruleKind() == ActorRule.COUNTRY).toList();
    }

    /** "Japan and Russia held talks": each conjoined subject acts on the others. */
    private List<CandidateEvent> mutualEvents(ParseView view, PatternMatch m, List<ActorMention> sources) {
        List<CandidateEvent> out = new ArrayList<>();
        for (ActorMention s : sources)
            for (ActorMention t : sources)
                if (s != t) out.addAll(build(view, m, List.of(s), List.of(t), true));
        return out;
    }

    /**
     * Self-events ("Russia ... Russia", "Moscow ... the Russian government") are noise; a country and
     * one of its own bodies other than its government are two actors ("Croatia investigated Croatian
     * soldiers", "Belarus detained Belarusian protesters"), as ICEWS and GDELT code domestic events.
     */
    private static boolean sameActor(Actor a, Actor b) {
        if (!a.country().equals(b.country())) return false;
        if (a.role().equals(b.role())) return true;
        return a.role().isEmpty() && b.role().equals("GOV") || b.role().isEmpty() && a.role().equals("GOV");
    }

    /**
     * The actors at argument heads and their conjuncts. For targets, a head that is no actor itself
     * may point to one: "assistance to Russian reforms" (a nationality modifier), "mistreatment of
     * Japanese prisoners" (an "of", "against", "for" or "with" complement, one or two levels down).
     */
    private static List<ActorMention> actorsAt(ParseView view, List<Integer> heads, SentenceActors actors, boolean target) {
        List<ActorMention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int h : heads) {
            for (int c : view.withConjuncts(h)) {
                List<ActorMention> here = actors.allAt(c);
                // "The International Labor Office (ILO)", "the movement, Hamas,": a name the head itself does not resolve may be put beside it.
                if (here.isEmpty()) for (int n : view.children(c)) if (namesBeside(view, n)) actors.at(n).filter(a -> !a.actor().ruleKind().isPronoun()).ifPresent(here::add);
                for (ActorMention a : here) if (seen.add(a.actor().code() + "@" + a.head())) out.add(a);
                if (here.isEmpty() && target) {
                    for (ActorMention x : indirectActors(view, c, actors, 2))
                        if (seen.add(x.actor().code() + "@" + x.head())) out.add(x);
                }
            }
        }
        return out;
    }

    private static List<ActorMention> indirectActors(ParseView view, int h, SentenceActors actors, int depth) {
        List<ActorMention> out = new ArrayList<>();
        if (!view.token(h).isNoun() || depth == 0) return out;
        for (int c : view.children(h)) {
            String rel = view.relation(c);
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) actors.at(c).ifPresent(out::add);
        }
        for (int c : aboutComplements(view, h)) {
            Optional<ActorMention> a = actors.at(c);
            if (a.isPresent()) out.add(a.get());
            else out.addAll(indirectActors(view, c, actors, depth - 1));
        }
        return out;
    }

    /**
     * "mistreatment of Japanese prisoners", "a war against Iraq", "a camp for Congolese refugees": the complements
     * that name whom a noun is about or whose it is.
     */
    private static List<Integer> aboutComplements(ParseView view, int h) {
        List<Integer> out = new ArrayList<>();
        for (String p : ABOUT_PREPOSITIONS) out.addAll(view.prepositional(h, p));
        return out;
    }

    private static String actionText(ParseView view, PatternMatch m, List<ActorMention> targets) {
        Set<Integer> idx = new java.util.TreeSet<>();
        idx.add(m.trigger());
        idx.addAll(m.matched());
        for (int t : List.copyOf(idx)) for (int c : view.children(t)) if (view.relation(c).equals("compound:prt")) idx.add(c);
        if (!targets.isEmpty() && idx.contains(view.head(targets.get(0).head()))) {
            for (int c : view.children(targets.get(0).head()))
                if (view.baseRelation(c).equals("case") && !view.token(c).pos().equals("POS")) idx.add(c);
        }
        StringBuilder sb = new StringBuilder();
        for (int i : idx) sb.append(sb.length() > 0 ? " " : "").append(view.token(i).word());
        return sb.toString();
    }

    private static void remember(ParseView view, SentenceActors actors, MutableArticleMemory memory) {
        ActorMention subject = null;
        for (ActorMention a : actors.all()) {
            if (a.actor().ruleKind().isPronoun()) continue;
            if (a.isPerson()) memory.sawPerson(a.actor());
            else memory.sawGroup(a.actor());
            if (view.relation(a.head()).startsWith("nsubj") && subject == null) subject = a;
        }
        if (subject != null) {
            if (subject.isPerson()) memory.sawPerson(subject.actor());
            else memory.sawGroup(subject.actor());
        }
    }
}
