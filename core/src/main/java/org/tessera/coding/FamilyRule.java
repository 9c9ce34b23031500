package org.tessera.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.data.WordClasses;

/**
 * CAMEO's verbal families as one rule. At a verb that frames an action ({@link ActionFrames}: "threatened
 * to", "called for", "refused to", "lifted"), find the action it governs ({@link EmbeddedAction}: the
 * infinitive, a would-clause, an object or a prepositional noun naming an action), classify it
 * ({@link ActionClassifier}) and read the code from the table ({@link FamilyTable}): the family's column
 * of the class's row, or for a reverse verb the material code of the class's reversal. The source is the
 * frame verb's subject; the target is found on the frame verb, else where the embedded action's own
 * lexicon pattern or slots find it ("Paris threatened to restrict imports from Berlin"). Immutable and
 * thread-safe.
 */
final class FamilyRule {
    /** Where an embedded action without a lexicon pattern of its own may name its target. */
    private static final List<String> ACTION_SLOTS = List.of("obj", "iobj", "to", "on", "against", "with", "from", "between", "by", "of");
    /** The embedding of a clause its subject is bound to: "said that Moscow must withdraw" is a demand on Moscow. */
    private static final String OBLIGATION = "must";
    /** Roots of material codes whose measures a country takes at home: yielding, dissent, coercion. */
    private static final Set<String> DOMESTIC_MEASURE_ROOTS = Set.of("08", "14", "17");
    /** Where a rejected request names who made it: "an offer from Kabul", "a call by the opposition", "Hanoi's appeal". */
    private static final List<String> PROPOSER_SLOTS = List.of("from", "by", "nmod:poss", "amod", "compound");
    /** How a request noun says what it asks for by a clause: "a call for troops to be deployed", "an invitation to attend". */
    private static final Set<String> CONTENT_LINKS = Set.of("acl", "xcomp", "ccomp");
    /** Threats, whose condition names whom they are aimed at. */
    private static final String THREAT_ROOT = "13";
    /** The marks of a threat's condition. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** The links through which a condition may hang below the threatened action, and how deep it is looked for. */
    private static final Set<String> CONDITION_CARRIERS = Set.of("xcomp", "advcl", "obj", "conj");
    private static final int CONDITION_DEPTH = 3;
    /** The first root of the codebook's hostile half: disapproval (11) and everything after it. */
    private static final int HOSTILE_ROOT = 11;
    /** How many unclassed infinitives a family verb's action is looked for through ("agreed to abide by ... to return"). */
    private static final int INFINITIVE_CHAIN = 2;

    private final VerbalFamilies families;
    private final ActionClassifier classifier;
    private final PatternMatcher matcher;
    private final ArgumentFinder arguments;
    private final WordClasses<ModalityCue> cues;

    FamilyRule(VerbalFamilies families, PatternMatcher matcher, ArgumentFinder arguments, WordClasses<ModalityCue> cues) {
        this.families = Objects.requireNonNull(families);
        this.classifier = families.classifier();
        this.matcher = Objects.requireNonNull(matcher);
        this.arguments = Objects.requireNonNull(arguments);
        this.cues = Objects.requireNonNull(cues);
    }

    /**
     * The family or reverse event at token t, if t is a frame verb governing an action it can code, or a
     * frame adjective of a copula ("is ready to send troops", "is willing to hold talks").
     */
    Optional<FamilyMatch> at(ParseView view, int t) {
        if (!view.token(t).isVerb() && !view.token(t).isAdjective()) return Optional.empty();
        Optional<ActionFrames.FrameWord> word = frameWord(view, t);
        if (word.isEmpty()) return Optional.empty();
        ActionFrame said = word.get().frame();
        Optional<EmbeddedAction> action = said == ActionFrame.REVERSE ? undone(view, t, word.get()) : embedded(view, t, word.get());
        if (action.isEmpty()) return Optional.empty();
        EmbeddedAction a = action.get();
        FamilyTable.Row row = families.table().row(a.actionClass());
        // "ordered the envoy to leave" (expulsion), "threatened Kiev with consequences": a lexicon pattern that names the
        // embedded word itself says more than the family's root-level code.
        if (row.actionClass().equals(FamilyTable.UNCLASSIFIED) && lexiconNames(view, t, a.head())) return Optional.empty();
        // "swore that he would take Moscow to court": a promise of a hostile act the table cannot class is a threat.
        ActionFrame frame = said == ActionFrame.INTENT && row.actionClass().equals(FamilyTable.UNCLASSIFIED) && hostile(view, a.head())
                ? ActionFrame.THREATEN : said;
        Optional<String> code = frame == ActionFrame.REVERSE ? a.actionClass().flatMap(families.table()::material)
                : Optional.of(families.table().familyCode(frame, a.actionClass()));
        if (code.isEmpty()) return Optional.empty();
        String cls = row.actionClass().equals(FamilyTable.UNCLASSIFIED) ? "unclassified" : row.actionClass();
        EventPattern p = new EventPattern(frame.fileName() + "." + cls, code.get(), Set.of(view.lemma(t)), false,
                List.of(new EventPattern.Requirement(a.link(), Set.of(view.lemma(a.head())), true)),
                // Yielding on a domestic measure may name no target ("eased the curfew"), nor may a word about a domestic
                // matter ("demanded elections", "refused to resign", "threatened a curfew"): the coder then takes the actor's own country.
                word.get().targets(), List.of(), frame == ActionFrame.REVERSE ? code.get().startsWith("08") : domestic(frame, row, code.get()), row.origin(),
                said == ActionFrame.INTENT);
        PatternMatch m = new PatternMatch(p, t, a.tokens());
        return Optional.of(new FamilyMatch(m, a, targetTiers(view, m, a, frame)));
    }

    /** Whether a lexicon pattern at the frame word requires the embedded action's own word. */
    private boolean lexiconNames(ParseView view, int t, int action) {
        return matcher.at(view, t).stream().anyMatch(m -> !m.pattern().requirements().isEmpty() && m.matched().contains(action));
    }

    /** Whether the lexicon's best pattern at the action is one of disapproval or of the material conflict roots (11-20). */
    private boolean hostile(ParseView view, int action) {
        List<PatternMatch> inner = matcher.at(view, action);
        if (inner.isEmpty()) return false;
        int root = Integer.parseInt(inner.get(0).pattern().cameo().substring(0, 2));
        return root >= HOSTILE_ROOT;
    }

    /**
     * Whether asking for, demanding, rejecting or threatening an action of the row's class concerns the
     * actor's own affairs: a reform, a change of leader or of policy, rights (no material code), or a
     * measure of a domestic kind (yielding, dissent, a curfew, a ban, repression). Force aims at someone.
     * A promise is domestic only when it is one of reform or of yielding (034, 035: "promised to hold
     * elections", "agreed to call off the strike"); other promises without a target are left to the intent patterns.
     */
    private static boolean domestic(ActionFrame frame, FamilyTable.Row row, String code) {
        if (row.actionClass().equals(FamilyTable.UNCLASSIFIED)) return false;
        if (frame == ActionFrame.INTENT) return code.startsWith("034") || code.startsWith("035");
        return row.material().map(m -> DOMESTIC_MEASURE_ROOTS.contains(m.substring(0, 2))).orElse(true);
    }

    /**
     * The verb with its particle ("turn down"), with its object ("reached a consensus to"), then alone; an
     * adjective only by its own adj: entry ("is ready to", but not "Moscow readies to").
     */
    private Optional<ActionFrames.FrameWord> frameWord(ParseView view, int t) {
        if (view.token(t).isAdjective()) return families.frames().get(ActionFrames.ADJECTIVE + view.lemma(t));
        List<Integer> partners = new ArrayList<>(view.children(t, "compound:prt"));
        partners.addAll(PatternMatcher.dependents(view, t, "obj"));
        for (int c : partners) {
            Optional<ActionFrames.FrameWord> w = families.frames().get(view.lemma(t) + " " + view.lemma(c));
            if (w.isPresent()) return w;
        }
        return families.frames().get(view.lemma(t));
    }

    /** The action a family verb governs, by the links its entry lists, in order. */
    private Optional<EmbeddedAction> embedded(ParseView view, int t, ActionFrames.FrameWord word) {
        for (String link : word.embedding()) {
            if (link.equals(OBLIGATION)) {
                for (int x : clauses(view, t, "ccomp")) {
                    if (!obligedClause(view, x)) continue;
                    if (view.token(x).isAdjective()) {
                        // "said Washington must be ready to mediate": the obligation is the action the adjective frames.
                        Optional<EmbeddedAction> framed = readiness(view, x);
                        if (framed.isPresent()) return framed;
                        continue;
                    }
                    if (!view.token(x).isVerb()) continue;
                    List<Integer> tokens = new ArrayList<>(List.of(x));
                    tokens.addAll(PatternMatcher.dependents(view, x, "obj"));
                    return Optional.of(new EmbeddedAction(x, tokens, classifier.classOf(view, x), OBLIGATION));
                }
                continue;
            }
            if (link.equals("xcomp") || link.equals("ccomp")) {
                for (int x : clauses(view, t, link)) {
                    if (!view.token(x).isVerb() || link.equals("ccomp") && !plannedClause(view, x)) continue;
                    // A clause keeps its own verb: its subject is the one asked or bound ("demanded that Ankara cancel plans to ...").
                    int action = link.equals("xcomp") ? codedInfinitive(view, x, INFINITIVE_CHAIN) : x;
                    List<Integer> tokens = new ArrayList<>(List.of(action));
                    tokens.addAll(PatternMatcher.dependents(view, action, "obj"));
                    return Optional.of(new EmbeddedAction(action, tokens, classifier.classOf(view, action), link));
                }
                continue;
            }
            List<Integer> nouns = new ArrayList<>(link.equals("obj") ? PatternMatcher.dependents(view, t, "obj") : view.prepositional(t, link));
            // "rejected Thursday an appeal for talks": the parse may hang the object off the date before it.
            if (link.equals("obj")) for (int d : view.children(t, "obl:tmod")) nouns.addAll(view.children(d, "dep"));
            // "rejected Seoul's demand to cut ties", parsed as if the demand were the subject of a clause "to cut ties".
            if (link.equals("obj") && word.frame() == ActionFrame.REJECT)
                for (int x : view.children(t, "ccomp")) for (int n : view.children(x, "nsubj")) if (request(view, n)) nouns.add(n);
            for (int n : nouns) {
                if (!view.token(n).isNoun()) continue;
                Optional<String> cls = classifier.classOf(view, n);
                // "rejected an appeal from Hanoi", "dismissed calls by the opposition": a request is what a rejection is about, classified or not.
                boolean request = word.frame() == ActionFrame.REJECT && request(view, n);
                List<Integer> tokens = new ArrayList<>(List.of(n));
                if (view.relation(n).equals("nsubj")) tokens.add(view.head(n));
                if (cls.isPresent() || request) return Optional.of(new EmbeddedAction(n, tokens, cls, link));
            }
        }
        return Optional.empty();
    }

    /**
     * The action of an infinitive, looked for through infinitives under it that code nothing: "agreed to
     * abide by the pledge to return the islands", "pledged to try to restore ties" promise what the last
     * verb does. When none of them codes, the last one, whose complements name whom the promise concerns.
     */
    private int codedInfinitive(ParseView view, int x, int depth) {
        if (depth == 0 || codes(view, x)) return x;
        int deepest = x;
        for (int y : view.children(x, "xcomp")) {
            if (!view.token(y).isVerb()) continue;
            int found = codedInfinitive(view, y, depth - 1);
            if (codes(view, found)) return found;
            if (deepest == x) deepest = found;
        }
        return deepest;
    }

    /** Whether a verb is an action the table classes or a lexicon pattern codes. */
    private boolean codes(ParseView view, int x) {
        return classifier.classOf(view, x).isPresent() || !matcher.at(view, x).isEmpty();
    }

    /** The classified infinitive of a frame adjective ("ready to mediate"), as an obligation on the adjective's subject. */
    private Optional<EmbeddedAction> readiness(ParseView view, int adjective) {
        Optional<ActionFrames.FrameWord> w = families.frames().get(ActionFrames.ADJECTIVE + view.lemma(adjective));
        if (w.isEmpty() || w.get().frame() != ActionFrame.INTENT) return Optional.empty();
        for (int x : view.children(adjective, "xcomp")) {
            Optional<String> cls = classifier.classOf(view, x);
            if (!view.token(x).isVerb() || cls.isEmpty()) continue;
            List<Integer> tokens = new ArrayList<>(List.of(x, adjective));
            tokens.addAll(PatternMatcher.dependents(view, x, "obj"));
            return Optional.of(new EmbeddedAction(x, tokens, cls, OBLIGATION));
        }
        return Optional.empty();
    }

    /** Whether a noun asks for or offers something ("appeal", "demand", "offer", "invitation"): a frame word that undoes nothing. */
    private boolean request(ParseView view, int n) {
        return view.token(n).isNoun() && families.frames().get(view.lemma(n)).filter(f -> f.frame() != ActionFrame.REVERSE).isPresent();
    }

    /**
     * The clauses through a link on the frame verb, then on the object that makes it a frame with the
     * verb ("reiterated its demand that Tripoli withdraw": the clause hangs on the noun).
     */
    private List<Integer> clauses(ParseView view, int t, String link) {
        List<Integer> out = new ArrayList<>(view.children(t, link));
        for (int o : PatternMatcher.dependents(view, t, "obj"))
            if (families.frames().get(view.lemma(t) + " " + view.lemma(o)).isPresent()) out.addAll(view.children(o, link));
        return out;
    }

    /** The action a reverse verb undoes: its object, when the table knows what undoing it is. */
    private Optional<EmbeddedAction> undone(ParseView view, int t, ActionFrames.FrameWord word) {
        for (String link : word.embedding()) {
            List<Integer> nouns = link.equals("obj") ? PatternMatcher.dependents(view, t, "obj") : view.prepositional(t, link);
            for (int n : nouns) {
                Optional<String> reversal = classifier.reversalOf(view, n);
                if (reversal.isPresent()) return Optional.of(new EmbeddedAction(n, List.of(n), reversal, link));
            }
        }
        return Optional.empty();
    }

    /** "warned it would impose", "demanded that Moscow withdraw": a clause of what is to come, not of what was. */
    private boolean plannedClause(ParseView view, int x) {
        // A bare subjunctive, which the tagger often reads as a present plural ("demanded that Hamas renounce": VBP).
        String pos = view.token(x).pos();
        if ((pos.equals("VB") || pos.equals("VBP")) && view.children(x, "aux").isEmpty()) return true;
        for (int c : view.children(x, "aux")) {
            String w = view.token(c).word();
            if (cues.is(w, ModalityCue.FUTURE_AUX) || cues.is(w, ModalityCue.PAST_FUTURE_AUX)) return true;
        }
        return false;
    }

    /**
     * "said that Moscow must withdraw", "reiterated that Minsk has to release": a clause whose subject is
     * bound to act, by a modal of obligation or by "have to" / "need to" (an obligation auxiliary with the
     * infinitive's "to").
     */
    private boolean obligedClause(ParseView view, int x) {
        boolean infinitive = view.children(x, "mark").stream().anyMatch(m -> view.lemma(m).equals("to"));
        for (int c : view.children(x, "aux")) {
            if (cues.is(view.token(c).word(), ModalityCue.OBLIGATION_AUX) && (view.token(c).pos().equals("MD") || infinitive)) return true;
        }
        return false;
    }

    /**
     * The frame verb's own slots, one at a time; a clause's subject ("demanded that Moscow withdraw");
     * the targets of each lexicon pattern that fits the embedded action; a noun action's own modifiers
     * and "of" complement; then the action's plain slots.
     * A reverse verb's slots are read on the noun it undoes too ("lifted sanctions on Minsk").
     */
    private List<List<Integer>> targetTiers(ParseView view, PatternMatch m, EmbeddedAction a, ActionFrame frame) {
        List<List<Integer>> tiers = new ArrayList<>();
        List<Integer> own = frame == ActionFrame.REVERSE ? arguments.places(view, m.trigger(), a.tokens()) : List.of(m.trigger());
        for (String slot : m.pattern().targetSlots()) tiers.add(arguments.filling(view, own, slot));
        // "rejected an offer from Kabul", "refused to respond to a demand from Washington": whoever asked or offered is the one refused.
        if (frame == ActionFrame.REJECT) tiers.addAll(proposerTiers(view, m.trigger(), a));
        if (a.link().equals("ccomp")) tiers.add(view.children(a.head(), "nsubj"));
        // The one bound, also when the action hangs under a frame adjective ("Washington must be ready to mediate").
        if (a.link().equals(OBLIGATION)) tiers.add(arguments.subjects(view, a.head(), 0));
        // Whoever is bound is the one demanded of: "said fans must wait" names no target.
        if (a.link().equals(OBLIGATION)) return tiers;
        for (PatternMatch inner : matcher.at(view, a.head())) tiers.add(arguments.targets(view, inner));
        // An embedded frame word has its own ("agreed to lift the embargo on Tehran"): the undone measure's target.
        if (a.head() != m.trigger() && view.token(a.head()).isVerb()) at(view, a.head()).ifPresent(inner -> tiers.addAll(inner.targetTiers()));
        // A noun's own actor words: "pushed for Russian support", "demanded the withdrawal of Serbian forces".
        if (view.token(a.head()).isNoun()) tiers.add(List.of(a.head()));
        List<Integer> places = arguments.places(view, a.head(), a.tokens());
        for (String slot : ACTION_SLOTS) tiers.add(arguments.filling(view, places, slot));
        // "threatened to strike unless Lima withdrew": a threat with no one named is aimed at whoever must meet its condition.
        if (m.pattern().cameo().startsWith(THREAT_ROOT)) {
            List<Integer> conditioned = new ArrayList<>(conditionSubjects(view, a.head(), CONDITION_DEPTH));
            conditioned.addAll(conditionSubjects(view, m.trigger(), 0));
            tiers.add(conditioned);
        }
        return tiers;
    }

    /**
     * The request nouns a rejection is about: the embedded noun itself ("rejected the offer") or one the
     * embedded verb answers ("refused to respond to the demand"). Their askers first (a from/by complement,
     * a possessor or a nationality on the noun), then what they ask for: the targets of the clause or noun
     * that says it ("rejected a call for troops to be deployed in Haiti").
     */
    private List<List<Integer>> proposerTiers(ParseView view, int trigger, EmbeddedAction a) {
        List<Integer> requests = new ArrayList<>();
        if (!view.token(a.head()).isNoun()) for (String slot : ACTION_SLOTS) requests.addAll(arguments.filling(view, List.of(a.head()), slot));
        requests.removeIf(n -> !request(view, n));
        // A rejected noun is proposed by whoever it names: "is opposed to French mediation", "rejected Hanoi's plan".
        if (view.token(a.head()).isNoun()) requests.add(a.head());
        List<List<Integer>> tiers = new ArrayList<>();
        for (String slot : PROPOSER_SLOTS) tiers.add(arguments.filling(view, requests, slot));
        for (int n : requests) {
            List<Integer> content = new ArrayList<>(view.prepositional(n, "for"));
            for (int c : view.children(n)) if (view.token(c).isVerb() && CONTENT_LINKS.contains(view.baseRelation(c))) content.add(c);
            // The parse may hang what is asked for on the rejecting verb ("rejected an invitation | to attend") or make the
            // request the clause's subject ("rejected Seoul's demand | to cut ties").
            if (n == a.head()) content.addAll(view.children(trigger, "xcomp"));
            if (view.relation(n).equals("nsubj") && view.head(n) >= 0) content.add(view.head(n));
            for (int c : content) {
                for (PatternMatch inner : matcher.at(view, c)) tiers.add(arguments.targets(view, inner));
                for (String slot : ACTION_SLOTS) tiers.add(arguments.filling(view, List.of(c), slot));
                tiers.add(arguments.filling(view, List.of(c), "in"));
            }
        }
        return tiers;
    }

    /** The subjects of if/unless clauses on the action or below it: "stop the talks on arms cuts if Washington deploys". */
    private static List<Integer> conditionSubjects(ParseView view, int head, int depth) {
        List<Integer> out = new ArrayList<>();
        for (int c : view.children(head)) {
            String rel = view.baseRelation(c);
            if (rel.equals("advcl") && view.children(c, "mark").stream().anyMatch(k -> CONDITIONS.contains(view.lemma(k))))
                out.addAll(view.children(c, "nsubj"));
            // A misparse that makes the "if" the clause, its subject hanging loose below it.
            else if (rel.equals("advcl") && CONDITIONS.contains(view.lemma(c))) out.addAll(view.children(c));
            else if (depth > 0 && CONDITION_CARRIERS.contains(rel)) out.addAll(conditionSubjects(view, c, depth - 1));
        }
        return out;
    }
}
