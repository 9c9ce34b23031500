package org.tessera.coding;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tessera.cameo.CameoTable;
import org.tessera.data.TsvFile;

/**
 * The event lexicon: patterns indexed by trigger lemma. Read from {@code event-lexicon.txt},
 * whose header explains the line format; every code is checked against the CAMEO table at load.
 */
public final class EventLexicon {
    public static final String RESOURCE = "org/tessera/coding/event-lexicon.txt";
    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;
    private final List<EventPattern> all;

    private EventLexicon(List<EventPattern> patterns) {
        Map<String, List<EventPattern>> v = new HashMap<>();
        Map<String, List<EventPattern>> n = new HashMap<>();
        for (EventPattern p : patterns)
            for (String t : p.triggers()) (p.nominal() ? n : v).computeIfAbsent(t, k -> new ArrayList<>()).add(p);
        v.replaceAll((k, x) -> List.copyOf(x));
        n.replaceAll((k, x) -> List.copyOf(x));
        this.verbs = Map.copyOf(v);
        this.nouns = Map.copyOf(n);
        this.all = List.copyOf(patterns);
    }

    public static EventLexicon bundled(CameoTable cameo) {
        List<String> problems = new ArrayList<>();
        EventLexicon lex = read(TsvFile.resource(RESOURCE, TsvFile.Layout.WORDS), cameo, problems::add);
        if (!problems.isEmpty()) throw new IllegalStateException("errors in our own lexicon:\n" + String.join("\n", problems));
        return lex;
    }

    public static EventLexicon of(Collection<EventPattern> patterns) {
        return new EventLexicon(new ArrayList<>(patterns));
    }

    /** Parses a lexicon; a bad line is reported through {@code problems} with file and line and skipped. */
    public static EventLexicon parse(String name, InputStream in, CameoTable cameo, Consumer<String> problems) throws IOException {
        return read(TsvFile.read(name, in, TsvFile.Layout.WORDS), cameo, problems);
    }

    private static EventLexicon read(List<TsvFile.Row> rows, CameoTable cameo, Consumer<String> problems) {
        List<EventPattern> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TsvFile.Row r : rows) {
            try {
                EventPattern p = pattern(r.cells(), r.where());
                if (!cameo.contains(p.cameo())) throw new IllegalArgumentException("unknown CAMEO code " + p.cameo());
                if (!ids.add(p.id())) throw new IllegalArgumentException("duplicate pattern id " + p.id());
                out.add(p);
            } catch (IllegalArgumentException e) {
                problems.accept(r.where() + ": " + e.getMessage());
            }
        }
        return new EventLexicon(out);
    }

    /** One line of the lexicon, without its comment. */
    static EventPattern parseLine(String line, String origin) {
        return pattern(Arrays.asList(line.strip().split("\\s+")), origin);
    }

    private static EventPattern pattern(List<String> f, String origin) {
        if (f.size() < 3) throw new IllegalArgumentException("need at least: id code trigger");
        String id = f.get(0);
        String code = f.get(1);
        String trig = f.get(2);
        boolean nominal = trig.startsWith("n:");
        if (nominal) trig = trig.substring(2);
        else if (trig.startsWith("v:")) trig = trig.substring(2);
        Set<String> triggers = new LinkedHashSet<>(Arrays.asList(trig.toLowerCase().split("\\|")));
        List<EventPattern.Requirement> reqs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        boolean optional = false;
        boolean mutual = false;
        for (String tok : f.subList(3, f.size())) {
            if (tok.equals("mutual")) {
                mutual = true;
                continue;
            }
            if (tok.startsWith("+") || tok.startsWith("-")) {
                String body = tok.substring(1);
                int colon = body.indexOf(':');
                String link = colon < 0 ? body : body.substring(0, colon);
                String lem = colon < 0 ? "*" : body.substring(colon + 1);
                if (link.isEmpty()) throw new IllegalArgumentException("empty link in " + tok);
                Set<String> lemmas = lem.equals("*") ? Set.of() : new HashSet<>(Arrays.asList(lem.toLowerCase().split("\\|")));
                reqs.add(new EventPattern.Requirement(link.replace('_', ' '), lemmas, tok.startsWith("+")));
            } else if (tok.startsWith("T=")) {
                String v = tok.substring(2);
                if (v.equals("none")) optional = true;
                else targets.addAll(Arrays.stream(v.split(",")).map(s -> s.replace('_', ' ')).toList());
            } else if (tok.equals("T?")) {
                optional = true;
            } else if (tok.startsWith("S=")) {
                sources.addAll(Arrays.asList(tok.substring(2).split(",")));
            } else {
                throw new IllegalArgumentException("unknown element '" + tok + "' (want +rel:lemma, -rel:lemma, T=slot, S=slot, T?, mutual)");
            }
        }
        if (targets.isEmpty() && !optional) throw new IllegalArgumentException("no target slot (T=...) and not T?");
        return new EventPattern(id, code, triggers, nominal, reqs, targets, sources, optional, origin, mutual);
    }

    public List<EventPattern> verbPatterns(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<EventPattern> nounPatterns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public List<EventPattern> all() {
        return all;
    }

    /** A lexicon holding this one's patterns and then the other's (used with PETRARCH dictionaries). */
    public EventLexicon plus(EventLexicon other) {
        List<EventPattern> both = new ArrayList<>(all);
        both.addAll(other.all);
        return new EventLexicon(both);
    }
}
