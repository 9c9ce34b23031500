package org.tessera.coding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.model.DateSource;
import org.tessera.model.PartialDate;
import org.tessera.model.TimeExpression;

/**
 * Dates an event: a time expression that hangs off the trigger in the parse ("arrived on April 15",
 * "This Friday", "last summer", already normalised by SUTime against the article date), else the
 * article date. A date elsewhere in the sentence ("the 1956 declaration") is not the event's.
 */
final class EventDater {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:-(?:SP|SU|FA|WI|H\\d|Q\\d))?(?:T.*)?$");

    /** A date and where it came from. */
    record Dated(PartialDate date, DateSource source) {
    }

    private EventDater() {
    }

    static Dated date(ParseView view, int trigger, PartialDate articleDate) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression te : view.sentence().times()) {
            if (!te.type().equals("DATE") || parse(te.value()).isEmpty()) continue;
            for (int k = te.start(); k < te.end(); k++) {
                int d = view.distanceUp(k, trigger);
                if (d >= 1 && d <= 3 && d < bestDistance && attachesAsTime(view, k, trigger)) {
                    best = te;
                    bestDistance = d;
                }
            }
        }
        if (best != null) return new Dated(parse(best.value()).orElseThrow(), DateSource.TEXT);
        if (articleDate != null) return new Dated(articleDate, DateSource.DOCUMENT);
        return new Dated(null, DateSource.UNKNOWN);
    }

    /**
     * The time words must modify the clause (obl, obl:tmod, advmod...), not a noun below it ("recalled
     * the 1956 Soviet pledge"); a noun event's own date hangs off the noun itself ("the 1979 invasion",
     * "the invasion of Afghanistan in 1979").
     */
    private static boolean attachesAsTime(ParseView view, int k, int trigger) {
        int x = k;
        for (int steps = 0; view.head(x) != trigger && view.head(x) >= 0 && steps < 10; steps++) x = view.head(x);
        String rel = view.baseRelation(x);
        if (view.token(trigger).isNoun() && (rel.equals("nmod") || rel.equals("nummod") || rel.equals("compound"))) return true;
        return rel.equals("obl") || rel.equals("advmod") || rel.equals("nmod") && view.relation(x).contains("tmod") || rel.equals("dep");
    }

    static Optional<PartialDate> parse(String timex) {
        if (timex == null) return Optional.empty();
        Matcher m = ISO.matcher(timex.trim());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Optional.of(PartialDate.ofYear(y));
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return Optional.of(new PartialDate(y, mo, 0));
            return Optional.of(new PartialDate(y, mo, Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
