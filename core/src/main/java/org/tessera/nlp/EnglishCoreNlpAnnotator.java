package org.tessera.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Dependency;
import org.tessera.model.TimeExpression;
import org.tessera.model.Token;

/**
 * English CoreNLP, the first {@link ArticleAnnotator}, in two passes: a cheap pass (tokenize, ssplit, pos, lemma, ner with SUTime anchored on
 * the article date) over the whole article, then the dependency parser only on the sentences the
 * {@link ParseFilter} accepts. Thread-safe: CoreNLP's annotators are, and this class keeps no
 * per-call state.
 */
public final class EnglishCoreNlpAnnotator implements ArticleAnnotator {
    private final AnnotatorConfig config;
    private final StanfordCoreNLP shallow;
    private final DependencyParseAnnotator parser;

    public EnglishCoreNlpAnnotator(AnnotatorConfig config) {
        this.config = Objects.requireNonNull(config);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        if (config.fineGrainedNer()) p.setProperty("ner.fine.regexner.mapping", KbpGazetteer.trimmedMapping());
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|[.]{3}");
        this.shallow = new StanfordCoreNLP(p, false);
        Properties dp = new Properties();
        dp.setProperty("depparse.maxlen", Integer.toString(config.maxParseTokens()));
        this.parser = (DependencyParseAnnotator) new AnnotatorImplementations().dependencies(dp);
    }

    @Override
    public AnnotatorConfig config() {
        return config;
    }

    /** Annotates every sentence; parses those that {@code filter} accepts and that fit the length limit. */
    @Override
    public AnnotatedArticle annotate(Article article, ParseFilter filter) {
        Annotation doc = new Annotation(article.text());
        if (article.date() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().start().toString());
        shallow.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokenLists = new ArrayList<>(sentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<Token> tokens = tokens(s);
            tokenLists.add(tokens);
            if (tokens.size() <= config.maxParseTokens() && tokens.size() >= 3 && filter.worthParsing(tokens)) toParse.add(s);
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(article.text());
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(sub);
        }
        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<Token> tokens = tokenLists.get(i);
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g == null) g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            List<Dependency> deps = g == null ? List.of() : dependencies(s, g);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new AnnotatedSentence(i, article.text().substring(begin, end), begin, end, tokens, deps,
                    times(tokens, s), g != null));
        }
        return new AnnotatedArticle(article, out, List.of());
    }

    private static List<Token> tokens(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            out.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        return out;
    }

    /** Basic dependencies (a tree), with prepositions folded into obl/nmod subtypes as the enhanced graph names them. */
    private static List<Dependency> dependencies(CoreMap s, SemanticGraph enhanced) {
        SemanticGraph basic = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph g = basic != null ? basic : enhanced;
        List<Dependency> out = new ArrayList<>();
        for (var root : g.getRoots()) out.add(new Dependency(-1, root.index() - 1, "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String rel = e.getRelation().toString();
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, rel));
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    private static List<TimeExpression> times(List<Token> tokens, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            CoreLabel l = labels.get(i);
            String ner = l.ner();
            String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (ner != null && (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET"))) {
                int j = i + 1;
                while (j < labels.size() && ner.equals(labels.get(j).ner())
                        && Objects.equals(norm, labels.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) j++;
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) text.append(k > i ? " " : "").append(tokens.get(k).word());
                out.add(new TimeExpression(i, j, text.toString(), ner, norm == null ? "" : norm));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
