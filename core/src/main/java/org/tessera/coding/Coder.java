package org.tessera.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Actor;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.model.Evidence;
import org.tessera.model.Modality;
import org.tessera.nlp.ParseFilter;

/**
 * Codes an annotated article into events. Per sentence, top to bottom:
 * <ol>
 *   <li>resolve actors ({@link ActorResolver}), remembering names and antecedents across the article;</li>
 *   <li>at each verb, then each noun, take the most specific lexicon pattern ({@link PatternMatcher})
 *       whose source and target resolve to actors ({@link ArgumentFinder}), conjuncts giving one event each;</li>
 *   <li>decide modality ({@link ModalityDetector}) and date ({@link EventDater});</li>
 *   <li>locate ({@link EventLocator}) and score ({@link ConfidenceScorer});</li>
 *   <li>drop repeats of the same dyad and root within the sentence.</li>
 * </ol>
 * Immutable and thread-safe; per-article state lives in a {@link MutableArticleMemory} made for each call.
 */
public final class Coder {
    private final CodingKnowledge knowledge;
    private final ActorResolver resolver;
    private final PatternMatcher matcher;
    private final EventLocator locator;
    private final ModalityDetector modality = ModalityDetector.bundled();
    private final ArgumentFinder arguments = new ArgumentFinder(VerbClass.bundled());

    public Coder(CodingKnowledge knowledge, EventLocator locator) {
        this.knowledge = Objects.requireNonNull(knowledge);
        this.resolver = new ActorResolver(knowledge.actors(), knowledge.roles());
        this.matcher = new PatternMatcher(knowledge.lexicon());
        this.locator = Objects.requireNonNull(locator);
    }

    public Coder(CodingKnowledge knowledge) {
        this(knowledge, EventLocator.NONE);
    }

    /** Which sentences deserve a dependency parse: those that may name an actor. */
    public ParseFilter parseFilter() {
        return tokens -> resolver.mayHoldActor(tokens) || knowledge.extra().worthParsing(tokens);
    }

    public CodingKnowledge knowledge() {
        return knowledge;
    }

    public List<Event> code(AnnotatedArticle annotated) {
        Article article = annotated.article();
        LocalDate on = article.date() == null ? null : article.date().start();
        MutableArticleMemory memory = new MutableArticleMemory();
        List<Event> out = new ArrayList<>();
        for (AnnotatedSentence s : annotated.sentences()) {
            if (!s.parsed()) continue;
            ParseView view = new ParseView(s);
            SentenceActors actors = resolver.resolve(view, memory, on);
            List<Event> own = actors.isEmpty() ? List.of() : codeSentence(view, actors, annotated);
            out.addAll(own);
            Set<String> seen = new HashSet<>();
            for (Event e : own) seen.add(dyadKey(e));
            for (Event e : knowledge.extra().code(s, annotated, knowledge)) if (seen.add(dyadKey(e))) out.add(e);
            remember(view, actors, memory);
        }
        return out;
    }

    private List<Event> codeSentence(ParseView view, SentenceActors actors, AnnotatedArticle annotated) {
        Map<String, Event> events = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) if (view.token(i).isVerb()) order.add(i);
        for (int i = 0; i < view.size(); i++) if (view.token(i).isNoun()) order.add(i);
        for (int t : order) {
            if (used.contains(t) || actors.at(t).isPresent() && view.token(t).isProperNoun()) continue;
            for (PatternMatch m : matcher.at(view, t)) {
                List<Event> made = eventsFor(view, m, actors, annotated);
                if (made.isEmpty()) continue;
                used.add(t);
                used.addAll(m.matched());
                for (Event e : made) {
                    String key = e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + e.action().code().root();
                    events.merge(key, e, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                }
                break;
            }
        }
        return new ArrayList<>(events.values());
    }

    private List<Event> eventsFor(ParseView view, PatternMatch m, SentenceActors actors, AnnotatedArticle annotated) {
        List<ActorMention> sources = actorsAt(view, arguments.sources(view, m), actors, false);
        if (sources.isEmpty() && m.pattern().nominal()) sources = actorsAt(view, arguments.governingSubjects(view, m), actors, false);
        if (sources.isEmpty()) return List.of();
        if (m.pattern().nominal() && m.pattern().requirements().isEmpty() && view.sentence().index() > 0
                && sources.stream().noneMatch(a -> view.head(a.head()) == m.trigger() && !a.actor().ruleKind().isPronoun()))
            return List.of(); // a bare noun ("his visit") in running text is a mention, not a report; headlines keep them
        List<ActorMention> targets = actorsAt(view, arguments.targets(view, m), actors, true);
        if (targets.isEmpty() && m.pattern().mutual() && sources.size() >= 2) return mutualEvents(view, m, sources, annotated);
        if (targets.isEmpty() && !m.pattern().targetOptional()) return List.of();
        return build(view, m, sources, targets, annotated, false);
    }

    /** Events for every source × target pair, with modality, date, place, score and evidence. */
    private List<Event> build(ParseView view, PatternMatch m, List<ActorMention> sources, List<ActorMention> targets,
                              AnnotatedArticle annotated, boolean mutual) {
        boolean inherited = sources.stream().noneMatch(s -> view.head(s.head()) == m.trigger());
        ModalityReading reading = modality.detect(view, m.trigger());
        Modality modality = reading.modality();
        Article article = annotated.article();
        EventDater.Dated dated = EventDater.date(view, m.trigger(), article.date());
        AnnotatedSentence s = view.sentence();
        String sentenceText = s.text().replaceAll("\\s+", " ").trim();
        var action = new Event.Action(knowledge.cameo().get(m.pattern().cameo()), actionText(view, m, targets));
        var context = new Event.EventContext(article.title(), article.url(), article.language(), article.date(), article.dateOrigin());
        List<Event> out = new ArrayList<>();
        List<ActorMention> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (ActorMention src : sources) {
            for (ActorMention tgt : targetList) {
                if (tgt != null && sameActor(src.actor(), tgt.actor())) continue;
                if (tgt != null && src.head() == tgt.head()) continue;
                Actor target = tgt == null ? null : tgt.actor();
                double confidence = ConfidenceScorer.score(m, src.actor(), target, inherited, modality);
                Evidence evidence = new Evidence(Evidence.LEXICON, m.pattern().id(), m.pattern().cameo(), m.pattern().origin(),
                        src.actor().resolution(), target == null ? null : target.resolution(), inherited, mutual, reading.cue(),
                        s.index(), m.trigger(), knowledge.versions());
                Event e = new Event(article.docId(), article.index(), sentenceText,
                        article.offset() + s.begin(), article.offset() + s.end(), dated.date(), dated.source(),
                        src.actor(), target, action, modality, null, confidence, evidence, context);
                out.add(e.withLocation(locator.locate(e, s, m.trigger(), annotated)));
            }
        }
        return out;
    }

    private static String dyadKey(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + e.action().code().code();
    }

    /** "Japan and Russia held talks": each conjoined subject acts on the others. */
    private List<Event> mutualEvents(ParseView view, PatternMatch m, List<ActorMention> sources, AnnotatedArticle annotated) {
        List<Event> out = new ArrayList<>();
        for (ActorMention s : sources)
            for (ActorMention t : sources)
                if (s != t) out.addAll(build(view, m, List.of(s), List.of(t), annotated, true));
        return out;
    }

    /** Country-level self-events ("Russia ... Russia") are noise unless the roles tell two actors apart. */
    private static boolean sameActor(Actor a, Actor b) {
        if (!a.country().equals(b.country())) return false;
        return a.role().isEmpty() || b.role().isEmpty() || a.role().equals(b.role());
    }

    /**
     * The actors at argument heads and their conjuncts. For targets, a head that is no actor itself
     * may point to one: "assistance to Russian reforms" (a nationality modifier), "mistreatment of
     * Japanese prisoners" (an "of" complement, one or two levels down).
     */
    private static List<ActorMention> actorsAt(ParseView view, List<Integer> heads, SentenceActors actors, boolean target) {
        List<ActorMention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int h : heads) {
            for (int c : view.withConjuncts(h)) {
                Optional<ActorMention> a = actors.at(c);
                if (a.isPresent()) {
                    if (seen.add(a.get().actor().code() + "@" + c)) out.add(a.get());
                } else if (target) {
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
        for (int c : view.prepositional(h, "of")) {
            Optional<ActorMention> a = actors.at(c);
            if (a.isPresent()) out.add(a.get());
            else out.addAll(indirectActors(view, c, actors, depth - 1));
        }
        return out;
    }

    private static String actionText(ParseView view, PatternMatch m, List<ActorMention> targets) {
        Set<Integer> idx = new java.util.TreeSet<>();
        idx.add(m.trigger());
        idx.addAll(m.matched());
        for (int t : List.copyOf(idx)) for (int c : view.children(t)) if (view.relation(c).equals("compound:prt")) idx.add(c);
        if (!targets.isEmpty()) {
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
