package org.tessera.coding;

import java.util.List;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Dependency;
import org.tessera.model.Event;
import org.tessera.model.Token;

/**
 * A human-readable account of how an article was coded: per sentence its tokens (word/POS/NER),
 * its dependency edges, the actors resolved and the events made, with the evidence of each. This
 * is the answer to a user's "why?" and the first tool when a pattern misfires.
 */
public final class CodingExplainer {
    private final ArticleCoder coder;

    public CodingExplainer(ArticleCoder coder) {
        this.coder = coder;
    }

    public String explain(AnnotatedArticle article) {
        StringBuilder sb = new StringBuilder();
        // Actors are read as the coder reads them, with the same memory carried from sentence to sentence.
        List<DependencyPatternCoder> patternCoders = coder.coders().stream()
                .filter(DependencyPatternCoder.class::isInstance).map(DependencyPatternCoder.class::cast).toList();
        MutableArticleMemory memory = new MutableArticleMemory();
        var events = coder.code(article);
        for (AnnotatedSentence s : article.sentences()) {
            sb.append("## sentence ").append(s.index()).append(s.parsed() ? "" : " (not parsed)").append(": ").append(s.text().replaceAll("\\s+", " ")).append('\n');
            StringBuilder toks = new StringBuilder("   tokens:");
            for (Token t : s.tokens()) {
                toks.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.pos());
                if (!t.ner().equals("O")) toks.append('/').append(t.ner());
            }
            sb.append(toks).append('\n');
            if (!s.parsed()) continue;
            StringBuilder deps = new StringBuilder("   deps:");
            for (Dependency d : s.dependencies())
                deps.append(' ').append(d.relation()).append('(').append(d.governor() < 0 ? "ROOT" : s.token(d.governor()).word())
                        .append(',').append(s.token(d.dependent()).word()).append(')');
            sb.append(deps).append('\n');
            ParseView view = new ParseView(s);
            for (DependencyPatternCoder pc : patternCoders)
                for (ActorMention a : pc.readActors(view, article, memory).all())
                    sb.append("   actor: ").append(view.token(a.head()).word()).append(" [").append(a.actor().text()).append("] -> ")
                            .append(a.actor().code()).append(" (").append(a.actor().rule()).append(")\n");
            for (Event e : events)
                if (e.sentenceIndex() == s.index())
                    sb.append("   EVENT ").append(e.source().code()).append(" -> ").append(e.target() == null ? "-" : e.target().code())
                            .append(' ').append(e.action().code().code()).append(" ").append(e.modality().json())
                            .append(" date=").append(e.date()).append('/').append(e.dateSource().json())
                            .append(" [").append(e.action().text()).append("] ").append(e.evidenceText()).append('\n');
        }
        return sb.toString();
    }
}
