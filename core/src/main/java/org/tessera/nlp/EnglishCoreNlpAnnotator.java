package org.tessera.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Dependency;
import org.tessera.model.TimeExpression;
import org.tessera.model.Token;

/**
 * English CoreNLP, the first {@link ArticleAnnotator}, as a list of timed steps (see
 * {@link StageClock}): tokenize (which splits sentences), pos, lemma, the statistical NER and the fine-grained word
 * lists ({@link WordListTagger}) over the whole article, then the dependency parser only on the sentences the
 * {@link ParseFilter} accepts (no other sentence is coded), and SUTime (anchored on the article
 * date) only on the sentences that got an event ({@link #withTimes}), as no other sentence's
 * dates are read. {@link AnnotatorSet#REFERENCE}
 * instead runs all three CRF models with the numeric classifiers and SUTime inside NER on every
 * sentence, as Tessera did before, for the bench to compare with. Thread-safe: CoreNLP's
 * annotators are, the clock is, and this class keeps no per-call state.
 */
public final class EnglishCoreNlpAnnotator implements ArticleAnnotator {
    private static final String CRF_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final AnnotatorConfig config;
    private final List<Step> everySentence;
    private final List<Step> acceptedSentences;
    /** SUTime for the sentences that got an event ({@link #withTimes}); null where NER runs SUTime itself. */
    private final Step dating;
    private final boolean timesFromNer;
    /** Our own look-up of the fine-grained lists (null in the reference, which runs CoreNLP's matcher over them). */
    private final WordListTagger wordLists;
    private final StageClock clock = new StageClock();

    /** One CoreNLP annotator under the name its time is booked to. */
    private record Step(String stage, Annotator annotator) {
    }

    public EnglishCoreNlpAnnotator(AnnotatorConfig config) {
        this.config = Objects.requireNonNull(config);
        Properties p = new Properties();
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|[.]{3}");
        p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("ner.buildEntityMentions", "false");
        // The fine-grained lists run as their own step (exactly what NER would run inside), so their time shows apart.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        timesFromNer = config.annotators() == AnnotatorSet.REFERENCE;
        if (timesFromNer) {
            p.setProperty("ner.useSUTime", "true");
        } else {
            p.setProperty("ner.model", CRF_3CLASS);
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
        }
        List<Step> steps = new ArrayList<>(List.of(
                // CoreNLP 4.5's tokenizer splits sentences itself (with the ssplit.* settings); a second splitter is refused.
                new Step("tokenize+ssplit", coreNlp(p, "tokenize")),
                new Step("pos", coreNlp(p, "pos")),
                new Step("lemma", coreNlp(p, "lemma")),
                new Step(timesFromNer ? "ner (3 CRF models, numeric, SUTime)" : "ner (3-class CRF)", coreNlp(p, "ner"))));
        if (timesFromNer) {
            Properties fine = new Properties();
            fine.setProperty("ner.fine.regexner.mapping", KbpGazetteer.trimmedMapping());
            steps.add(new Step("ner.fine (CoreNLP's TokensRegex over the word lists)", new TokensRegexNERAnnotator("ner.fine.regexner", fine)));
            this.wordLists = null;
        } else {
            this.wordLists = WordListTagger.kbp();
        }
        this.everySentence = List.copyOf(steps);
        Properties dp = new Properties();
        dp.setProperty("depparse.maxlen", Integer.toString(config.maxParseTokens()));
        // The coder reads the basic tree only: the parser alone, without the enhanced graphs CoreNLP's annotator also builds.
        Step parse = timesFromNer ? new Step("depparse (with enhanced graphs)", new AnnotatorImplementations().dependencies(dp))
                : new Step("depparse (basic tree)", new BasicTreeParser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, dp)));
        this.acceptedSentences = List.of(parse);
        this.dating = timesFromNer ? null : new Step("sutime (sentences with events)", new TimeAnnotator("sutime", p));
    }

    /** The neural dependency parser giving each sentence its basic tree, the graph CoreNLP's annotator stores as basic. */
    private record BasicTreeParser(DependencyParser parser) implements Annotator {
        @Override
        public void annotate(Annotation annotation) {
            for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        SemanticGraphFactory.generateUncollapsedDependencies(parser.predict(s)));
            }
        }

        @Override
        public java.util.Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requirementsSatisfied() {
            return java.util.Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }

        @Override
        public java.util.Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requires() {
            return java.util.Set.of();
        }
    }

    private static Annotator coreNlp(Properties shared, String annotator) {
        Properties p = new Properties();
        p.putAll(shared);
        p.setProperty("annotators", annotator);
        return new StanfordCoreNLP(p, false);
    }

    @Override
    public AnnotatorConfig config() {
        return config;
    }

    @Override
    public StageClock.Snapshot stageTimes() {
        return clock.snapshot();
    }

    /** Annotates every sentence; parses and dates those that {@code filter} accepts and that fit the length limit. */
    @Override
    public AnnotatedArticle annotate(Article article, ParseFilter filter) {
        Annotation doc = new Annotation(article.text());
        String docDate = article.date() == null ? null : article.date().start().toString();
        if (docDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        for (Step s : everySentence) run(s, doc, -1);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokenLists = new ArrayList<>(sentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        long f0 = System.nanoTime();
        for (CoreMap s : sentences) tokenLists.add(wordLists == null ? tokens(s) : wordLists.tag(tokens(s)));
        if (wordLists != null) clock.add("ner.fine (our look-up of the word lists)", System.nanoTime() - f0, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<Token> tokens = tokenLists.get(i);
            if (tokens.size() <= config.maxParseTokens() && tokens.size() >= 3 && filter.worthParsing(tokens)) toParse.add(s);
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(article.text());
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            if (docDate != null) sub.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            for (Step s : acceptedSentences) run(s, sub, toParse.size());
        }
        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<Token> tokens = tokenLists.get(i);
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g == null) g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            List<Dependency> deps = g == null ? List.of() : dependencies(s, g);
            List<TimeExpression> times = timesFromNer ? timesFromNer(tokens, s) : List.of();
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new AnnotatedSentence(i, article.text().substring(begin, end), begin, end, tokens, deps, times, g != null));
        }
        return new AnnotatedArticle(article, out, List.of());
    }

    /**
     * Runs SUTime, anchored on the article date, over the given sentences rebuilt as CoreNLP tokens
     * (words, offsets, POS, lemmas: what its rules read) and returns the article with their time
     * expressions, the time words tagged as SUTime inside NER would have tagged them.
     */
    @Override
    public AnnotatedArticle withTimes(AnnotatedArticle article, java.util.Set<Integer> wanted) {
        if (dating == null || wanted.isEmpty()) return article;
        List<AnnotatedSentence> sentences = article.sentences();
        List<CoreMap> maps = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (AnnotatedSentence s : sentences) {
            if (!wanted.contains(s.index())) continue;
            maps.add(coreMap(s));
            which.add(s.index());
        }
        if (maps.isEmpty()) return article;
        Annotation doc = new Annotation(article.article().text());
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        if (article.article().date() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, article.article().date().start().toString());
        run(dating, doc, maps.size());
        List<AnnotatedSentence> out = new ArrayList<>(sentences);
        for (int k = 0; k < maps.size(); k++) {
            AnnotatedSentence s = sentences.get(which.get(k));
            List<TimeExpression> times = timesFromSuTime(maps.get(k), s.tokens());
            if (times.isEmpty()) continue;
            out.set(s.index(), new AnnotatedSentence(s.index(), s.text(), s.begin(), s.end(), tagTimes(s.tokens(), times), s.dependencies(),
                    times, s.parsed()));
        }
        return new AnnotatedArticle(article.article(), out, article.coref());
    }

    private static CoreMap coreMap(AnnotatedSentence s) {
        List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            labels.add(l);
        }
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        m.set(CoreAnnotations.TextAnnotation.class, s.text());
        m.set(CoreAnnotations.TokensAnnotation.class, labels);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.begin());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        return m;
    }

    private void run(Step step, Annotation doc, int sentences) {
        long t0 = System.nanoTime();
        step.annotator().annotate(doc);
        long n = sentences >= 0 ? sentences : doc.containsKey(CoreAnnotations.SentencesAnnotation.class)
                ? doc.get(CoreAnnotations.SentencesAnnotation.class).size() : 0;
        clock.add(step.stage(), System.nanoTime() - t0, n);
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

    /**
     * Time words carry their type as their NER tag, as they did when SUTime ran inside NER, where no
     * name claimed them first: the coder must not take "March" in "in March" for a place.
     */
    private static List<Token> tagTimes(List<Token> tokens, List<TimeExpression> times) {
        List<Token> out = new ArrayList<>(tokens);
        for (TimeExpression te : times) {
            for (int k = te.start(); k < te.end(); k++) {
                Token t = out.get(k);
                if (t.ner().equals("O")) out.set(k, new Token(t.index(), t.word(), t.lemma(), t.pos(), te.type(), t.begin(), t.end()));
            }
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

    /** SUTime's expressions of a sentence it ran on, mapped to token positions by character offsets. */
    private static List<TimeExpression> timesFromSuTime(CoreMap s, List<Token> tokens) {
        List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null || timexes.isEmpty()) return List.of();
        Map<Integer, Integer> byBegin = new HashMap<>();
        for (Token t : tokens) byBegin.put(t.begin(), t.index());
        List<TimeExpression> out = new ArrayList<>();
        for (CoreMap m : timexes) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            Integer start = byBegin.get(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
            if (timex == null || start == null) continue;
            int endChar = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int end = start;
            while (end < tokens.size() && tokens.get(end).begin() < endChar) end++;
            StringBuilder text = new StringBuilder();
            for (int k = start; k < end; k++) text.append(k > start ? " " : "").append(tokens.get(k).word());
            out.add(new TimeExpression(start, end, text.toString(), timex.timexType(), timex.value() == null ? "" : timex.value()));
        }
        return out;
    }

    private static List<TimeExpression> timesFromNer(List<Token> tokens, CoreMap s) {
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
