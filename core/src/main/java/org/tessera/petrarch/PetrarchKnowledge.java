package org.tessera.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tessera.coding.ActorDictionary;
import org.tessera.coding.ActorKind;
import org.tessera.coding.CodingKnowledge;
import org.tessera.coding.DictionaryEntry;
import org.tessera.coding.EventLexicon;
import org.tessera.coding.EventPattern;
import org.tessera.coding.RoleLexicon;
import org.tessera.model.KnowledgeVersion;

/**
 * Plugs PETRARCH dictionaries into our coder. Actors become {@link ActorDictionary} entries (each
 * dated code its own entry with from/to, so the article date picks the right one); agents become
 * role words ({@code PRESIDENT [~GOV]} → "president" GOV); verb patterns whose words all follow
 * the verb become {@link EventPattern}s (the verb as trigger, a preposition as the target slot, other
 * words as object requirements). {@code instead} drops our own lexicon, actors and roles. The
 * {@link PetrarchMatcher} itself runs as a coder of its own, {@link PetrarchCoder}.
 */
public final class PetrarchKnowledge {
    private static final Set<String> PREPOSITIONS = Set.of("WITH", "TO", "AGAINST", "ON", "FOR", "FROM", "IN", "AT", "OVER",
            "INTO", "ABOUT", "OF", "BY", "UPON", "TOWARD", "TOWARDS");

    private PetrarchKnowledge() {
    }

    public static CodingKnowledge extend(CodingKnowledge ours, PetrarchDictionaries d, boolean instead) {
        ActorDictionary.Builder actors = ActorDictionary.builder();
        if (!instead) actors.addAll(ours.actors());
        for (PetrarchActor a : d.actors()) addActor(actors, a);
        RoleLexicon.Builder roles = RoleLexicon.builder();
        if (!instead) roles.addAll(ours.roles());
        for (PetrarchAgent a : d.agents())
            if (a.suffix() && a.code().length() >= 3) roles.add(String.join(" ", a.words()).toLowerCase(), a.code().substring(0, 3), 10 + a.words().size());
        EventLexicon converted = EventLexicon.of(patterns(d.verbs(), ours));
        EventLexicon lexicon = instead ? converted : ours.lexicon().plus(converted);
        List<KnowledgeVersion> versions = new ArrayList<>(instead ? List.of() : ours.versions());
        versions.addAll(d.versions());
        return new CodingKnowledge(ours.cameo(), lexicon, actors.build(), roles.build(), versions);
    }

    static void addActor(ActorDictionary.Builder b, PetrarchActor a) {
        String name = String.join(" ", a.names().get(0));
        for (PetrarchActor.DatedCode c : a.codes()) {
            if (c.code().startsWith("-") || c.code().startsWith("+") || c.code().startsWith("#")) continue;
            String[] cr = PetrarchCodes.split(c.code());
            ActorKind kind = c.code().length() == 3 ? ActorKind.COUNTRY
                    : c.dated() || a.codes().size() > 1 ? ActorKind.PERSON : ActorKind.ORGANISATION;
            DictionaryEntry e = new DictionaryEntry(kind, cr[0], cr[1], titleCase(name), c.from(), c.to(), a.origin());
            for (List<String> n : a.names()) b.add(titleCase(String.join(" ", n)), e);
        }
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase().split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            if (!w.isEmpty()) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    /** Patterns of single-word verbs whose words all follow the verb and whose code is in the CAMEO table. */
    static List<EventPattern> patterns(VerbDictionary v, CodingKnowledge ours) {
        List<EventPattern> out = new ArrayList<>();
        int n = 0;
        for (VerbDictionary.Block b : v.blocks())
            for (VerbDictionary.Verb verb : b.verbs()) {
                if (verb.words().size() != 1) continue;
                String lemma = verb.head().toLowerCase();
                for (VerbDictionary.Pattern p : b.patterns()) {
                    if (p.verbAt() != 0) continue;
                    String code = p.code().split(":")[0].strip();
                    if (!ours.cameo().contains(code)) continue;
                    List<EventPattern.Requirement> reqs = new ArrayList<>();
                    List<String> targets = new ArrayList<>();
                    boolean ok = true;
                    for (VerbDictionary.Element e : p.elements().subList(1, p.elements().size())) {
                        if (e.kind() != VerbDictionary.Kind.WORD) continue;
                        if (PREPOSITIONS.contains(e.text())) {
                            if (targets.isEmpty()) targets.add(e.text().toLowerCase());
                        } else if (reqs.isEmpty()) {
                            reqs.add(new EventPattern.Requirement("obj", Set.of(e.text().toLowerCase()), true));
                        } else {
                            ok = false;
                        }
                    }
                    if (!ok || reqs.isEmpty() && targets.isEmpty()) continue;
                    if (targets.isEmpty()) targets.add("obj");
                    out.add(new EventPattern("petrarch." + lemma + "." + (n++), code, Set.of(lemma), false, reqs, targets,
                            List.of(), false, p.origin()));
                }
            }
        return out;
    }
}
