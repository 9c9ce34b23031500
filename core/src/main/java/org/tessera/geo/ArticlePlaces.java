package org.tessera.geo;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;

/**
 * What an article says about where it is: the countries, nationalities and US states it names
 * (context for ambiguous names) and its dateline place. Cities are left out of the context on
 * purpose: counting "Paris" toward France would decide the very question the context is for.
 */
record ArticlePlaces(PlaceContext context, Optional<Place> dateline) {
    static ArticlePlaces of(AnnotatedArticle article, PlaceResolver resolver) {
        Gazetteer g = resolver.gazetteer();
        Set<String> countries = new HashSet<>();
        Set<String> states = new HashSet<>();
        for (AnnotatedSentence s : article.sentences()) {
            int i = 0;
            while (i < s.size()) {
                String ner = s.token(i).ner();
                int j = i + 1;
                while (j < s.size() && s.token(j).ner().equals(ner)) j++;
                String text = s.span(i, j);
                switch (ner) {
                    case "COUNTRY" -> g.country(text).ifPresent(p -> countries.add(p.country()));
                    case "NATIONALITY" -> g.countryOfAdjective(text).ifPresent(countries::add);
                    case "STATE_OR_PROVINCE" -> g.usState(text).ifPresent(p -> {
                        countries.add("USA");
                        states.add(p.admin1());
                    });
                    default -> {
                    }
                }
                i = j;
            }
        }
        PlaceContext ctx = new PlaceContext(Set.of(), countries, states);
        Optional<Place> dateline = Dateline.find(article.article().text())
                .flatMap(d -> resolver.resolve(d.name(), d.qualifier(), ctx, true));
        return new ArticlePlaces(ctx, dateline);
    }
}
