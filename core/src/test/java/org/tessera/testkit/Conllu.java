package org.tessera.testkit;

import java.util.ArrayList;
import java.util.List;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Dependency;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.model.TimeExpression;
import org.tessera.model.Token;

/**
 * Annotated sentences from CoNLL-U, so every coding step can be tested without CoreNLP. Columns
 * as the format defines them (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), separated by
 * tabs or spaces; the Penn tag is XPOS (UPOS when XPOS is "_"); MISC may carry {@code NER=PERSON}
 * (else "O"), {@code Time=DATE:2021-03-08} (consecutive tokens with the same value make one time
 * expression) and {@code SpaceAfter=No}. Comment lines and multiword ranges are skipped; trailing
 * columns may be left out. The sentence text is the forms joined as SpaceAfter says.
 *
 * <pre>
 * 1 Russia  Russia  PROPN NNP _ 2 nsubj _ NER=COUNTRY
 * 2 imposed impose  VERB  VBD _ 0 root  _ _
 * </pre>
 */
public final class Conllu {
    private Conllu() {
    }

    /** The first sentence of an article, at offset 0. */
    public static AnnotatedSentence sentence(String conllu) {
        return sentence(0, 0, conllu);
    }

    /** A sentence with the given index whose text starts at {@code begin} in its article. */
    public static AnnotatedSentence sentence(int index, int begin, String conllu) {
        List<String[]> rows = new ArrayList<>();
        for (String line : conllu.strip().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] c = l.split("\\s+");
            if (c[0].contains("-") || c[0].contains(".")) continue;
            if (c.length < 8) throw new IllegalArgumentException("CoNLL-U line needs at least 8 columns: " + l);
            if (Integer.parseInt(c[0]) != rows.size() + 1) throw new IllegalArgumentException("token ids must run 1, 2, 3...: " + l);
            rows.add(c);
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<String> timeValues = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            String misc = c.length > 9 ? c[9] : "_";
            int b = begin + text.length();
            text.append(c[1]);
            tokens.add(new Token(i, c[1], c[2].equals("_") ? c[1] : c[2], c[4].equals("_") ? c[3] : c[4], misc(misc, "NER", "O"), b, b + c[1].length()));
            if (i < rows.size() - 1 && !misc(misc, "SpaceAfter", "Yes").equals("No")) text.append(' ');
            int head = Integer.parseInt(c[6]);
            deps.add(new Dependency(head - 1, i, head == 0 ? "root" : c[7]));
            timeValues.add(misc(misc, "Time", ""));
        }
        return new AnnotatedSentence(index, text.toString(), begin, begin + text.length(), tokens, deps, times(tokens, timeValues), true);
    }

    /** An article made of the sentences, separated by one space, dated {@code date} (may be null). */
    public static AnnotatedArticle article(String docId, PartialDate date, String... sentences) {
        List<AnnotatedSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) text.append(' ');
            AnnotatedSentence s = sentence(i, text.length(), sentences[i]);
            text.append(s.text());
            out.add(s);
        }
        Article a = new Article(docId, 0, "", text.toString(), 0, date, date == null ? DocumentDateOrigin.NONE : DocumentDateOrigin.OPTION,
                TestLanguage.ENGLISH, "");
        return new AnnotatedArticle(a, out, List.of());
    }

    private static List<TimeExpression> times(List<Token> tokens, List<String> values) {
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            String v = values.get(i);
            if (v.isEmpty()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < values.size() && values.get(j).equals(v)) j++;
            int colon = v.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("Time= needs TYPE:VALUE, not " + v);
            StringBuilder words = new StringBuilder();
            for (int k = i; k < j; k++) words.append(k > i ? " " : "").append(tokens.get(k).word());
            out.add(new TimeExpression(i, j, words.toString(), v.substring(0, colon), v.substring(colon + 1)));
            i = j;
        }
        return out;
    }

    private static String misc(String misc, String key, String otherwise) {
        if (misc.equals("_")) return otherwise;
        for (String kv : misc.split("\\|")) if (kv.startsWith(key + "=")) return kv.substring(key.length() + 1);
        return otherwise;
    }
}
