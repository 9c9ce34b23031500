package org.tessera.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tessera.cameo.CameoTable;
import org.tessera.coding.CandidateEvent;
import org.tessera.coding.EventCoder;
import org.tessera.coding.MutableArticleMemory;
import org.tessera.coding.ParseView;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.CameoCode;
import org.tessera.model.Evidence;
import org.tessera.model.KnowledgeVersion;
import org.tessera.model.Token;

/**
 * A user's PETRARCH/TABARI dictionaries as a coder: the {@link PetrarchMatcher} finds verb
 * patterns and actor codes, and its codings become candidates like any other coder's, so they get
 * the same modality, date, place, confidence and merging. Codes our CAMEO table does not know are
 * dropped, as are self-dyads and the matcher's unresolved ("---") actors.
 */
public final class PetrarchCoder implements EventCoder {
    public static final String NAME = "petrarch";
    private final PetrarchMatcher matcher;
    private final CameoTable cameo;
    private final List<KnowledgeVersion> versions;

    public PetrarchCoder(PetrarchDictionaries dictionaries, CameoTable cameo) {
        this.matcher = new PetrarchMatcher(dictionaries);
        this.cameo = cameo;
        this.versions = dictionaries.versions();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean worthParsing(List<Token> tokens) {
        return matcher.mayHoldActor(tokens);
    }

    @Override
    public List<CandidateEvent> code(ParseView view, AnnotatedArticle annotated, MutableArticleMemory memory) {
        AnnotatedSentence s = view.sentence();
        LocalDate on = annotated.article().date() == null ? null : annotated.article().date().start();
        List<CandidateEvent> out = new ArrayList<>();
        if (matcher.discard(s).isPresent()) return out;
        for (PetrarchMatcher.Coding c : matcher.code(s, on)) {
            CameoCode code = cameo.find(c.code()).orElse(null);
            if (code == null || c.source().startsWith("---") || c.target().startsWith("---")) continue;
            Actor source = actor(c.source());
            Actor target = actor(c.target());
            if (source.code().equals(target.code())) continue;
            Evidence evidence = new Evidence(NAME, c.evidence(), c.code(), "", source.resolution(), target.resolution(),
                    false, false, "", s.index(), c.verb(), versions);
            out.add(new CandidateEvent(c.verb(), code, s.token(c.verb()).word(), source, target, 1, false, evidence));
        }
        return out;
    }

    private static Actor actor(String petrarchCode) {
        String[] cr = PetrarchCodes.split(petrarchCode);
        return new Actor("", "", cr[0], cr[1], ActorRule.PETRARCH_DICTIONARY, petrarchCode);
    }
}
