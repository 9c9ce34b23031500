package org.tessera.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Dependency;
import org.tessera.model.Token;

/**
 * Read-only navigation over one sentence's dependency tree: heads, children, prepositions.
 * Built once per sentence so the coder's steps (ours and the PETRARCH-style matcher's) do not
 * rescan the edge list.
 */
public final class ParseView {
    private final AnnotatedSentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public ParseView(AnnotatedSentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -2;
            relation[i] = "";
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d.dependent());
        }
    }

    public AnnotatedSentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.size();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    /** Head of token i; -1 for the root; -2 when unparsed. */
    public int head(int i) {
        return head[i];
    }

    public String relation(int i) {
        return relation[i];
    }

    /** The relation without subtype ("obl" for "obl:tmod"). */
    public String baseRelation(int i) {
        String r = relation[i];
        int c = r.indexOf(':');
        return c < 0 ? r : r.substring(0, c);
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) if (relation[c].equals(rel) || baseRelation(c).equals(rel) && !rel.contains(":")) out.add(c);
        return out;
    }

    /** The lower-case preposition ("case" child) of a nominal, or "" when it has none. Multiword ones are joined: "because of". */
    String preposition(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children.get(i)) {
            if (baseRelation(c).equals("case") && !token(c).pos().equals("POS")) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(token(c).word().toLowerCase(Locale.ROOT));
                for (int f : children.get(c)) if (relation[f].equals("fixed")) sb.append(' ').append(token(f).word().toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Prepositional dependents (obl / nmod / advcl-with-case) of i whose preposition is p. */
    List<Integer> prepositional(int i, String p) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            String b = baseRelation(c);
            if ((b.equals("obl") || b.equals("nmod") || b.equals("advcl") || b.equals("acl")) && preposition(c).equals(p)) out.add(c);
            else if (b.equals("advcl") || b.equals("acl")) {
                for (int m : children.get(c)) if (baseRelation(m).equals("mark") && token(m).word().equalsIgnoreCase(p)) out.add(c);
            }
        }
        return out;
    }

    boolean hasChild(int i, String rel) {
        return !children(i, rel).isEmpty();
    }

    /** Whether token i is a passive verb: it has a passive subject or a passive auxiliary. */
    boolean isPassive(int i) {
        for (int c : children.get(i)) if (relation[c].equals("nsubj:pass") || relation[c].equals("aux:pass") || relation[c].equals("csubj:pass")) return true;
        return false;
    }

    /** The lower-case lemma of token i. */
    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** Token i and its conjuncts ("the EU and the United States" gives both heads). */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size() && k < 20; k++)
            for (int c : children.get(out.get(k))) if (baseRelation(c).equals("conj") && !out.contains(c)) out.add(c);
        return out;
    }

    /** Number of edges from a to b going up from a, or -1 if b is not an ancestor of a. */
    int distanceUp(int a, int b) {
        int d = 0;
        int x = a;
        while (x >= 0 && d < 50) {
            if (x == b) return d;
            x = head[x];
            d++;
        }
        return -1;
    }
}
