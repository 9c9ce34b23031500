package org.tessera.server;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.model.Modality;
import org.tessera.store.Granularity;
import org.tessera.store.Origin;

/**
 * The query parameters of one request, read strictly: only the names a route declares, each at
 * most once, each parsed into a typed value or refused with a {@link BadRequest} that names the
 * parameter and what it accepts. Nothing leaves here as free text except the search query, which
 * the store hands to its query parser, never to SQL.
 */
public final class ApiParams {
    /** Country or organisation code (RUS, EU, NATO) optionally followed by a role (RUSGOV). */
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{2,12}");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final int MAX_QUERY = 500;
    public static final int MAX_LIMIT = 500;

    private final Map<String, List<String>> params;

    public ApiParams(Map<String, List<String>> params, Set<String> allowed) {
        this.params = Map.copyOf(params);
        for (Map.Entry<String, List<String>> e : this.params.entrySet()) {
            if (!allowed.contains(e.getKey()))
                throw new BadRequest("unknown parameter '" + printable(e.getKey()) + "'; this route takes "
                        + (allowed.isEmpty() ? "no parameters" : String.join(", ", allowed.stream().sorted().toList())));
            if (e.getValue().size() > 1) throw new BadRequest("parameter '" + e.getKey() + "' given more than once");
        }
    }

    private String raw(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) return null;
        String s = v.get(0).strip();
        return s.isEmpty() ? null : s;
    }

    /** An actor key, upper-cased; null when absent. */
    public String actor(String name) {
        String s = raw(name);
        if (s == null) return null;
        String up = s.toUpperCase(Locale.ROOT);
        if (!ACTOR.matcher(up).matches())
            throw new BadRequest(name + " must be a country, organisation or actor code of 2-12 letters (RUS, EU, RUSGOV), not '" + printable(s) + "'");
        return up;
    }

    public String requiredActor(String name) {
        String a = actor(name);
        if (a == null) throw new BadRequest("missing parameter '" + name + "' (an actor code such as RUS)");
        return a;
    }

    public DateRange range() {
        LocalDate from = date("from", false);
        LocalDate to = date("to", true);
        if (from != null && to != null && from.isAfter(to)) throw new BadRequest("from " + from + " is after to " + to);
        return new DateRange(from, to);
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; a coarse date means its first day for {@code from}, its last for {@code to}. */
    private LocalDate date(String name, boolean end) {
        String s = raw(name);
        if (s == null) return null;
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            // falls through to the message below
        }
        throw new BadRequest(name + " must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + printable(s) + "'");
    }

    public Granularity granularity() {
        String s = raw("by");
        if (s == null) return Granularity.MONTH;
        return Granularity.find(s).orElseThrow(() ->
                new BadRequest("by must be one of day, week, month, quarter, year, not '" + printable(s) + "'"));
    }

    public boolean flag(String name) {
        String s = raw(name);
        if (s == null) return false;
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequest(name + " must be true or false, not '" + printable(s) + "'");
        };
    }

    public Integer quad() {
        String s = raw("quad");
        if (s == null) return null;
        if (!s.matches("[1-4]")) throw new BadRequest("quad must be 1, 2, 3 or 4, not '" + printable(s) + "'");
        return Integer.parseInt(s);
    }

    public String cameo() {
        String s = raw("code");
        if (s == null) return null;
        if (!CAMEO.matcher(s).matches()) throw new BadRequest("code must be a CAMEO code of 2-4 digits (04, 042), not '" + printable(s) + "'");
        return s;
    }

    public Modality modality() {
        String s = raw("modality");
        if (s == null) return null;
        for (Modality m : Modality.values()) if (m.json().equalsIgnoreCase(s)) return m;
        throw new BadRequest("modality must be one of asserted, negated, future, hypothetical, reported, not '" + printable(s) + "'");
    }

    /** {@code origin}: all (the default), coded or imported events. */
    public Origin origin() {
        try {
            return Origin.parse(raw("origin"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    public int limit(int dflt) {
        return intIn("limit", dflt, 1, MAX_LIMIT);
    }

    public int offset() {
        return intIn("offset", 0, 0, 1_000_000);
    }

    private int intIn(String name, int dflt, int min, int max) {
        String s = raw(name);
        if (s == null) return dflt;
        if (!s.matches("\\d{1,7}") || Integer.parseInt(s) < min || Integer.parseInt(s) > max)
            throw new BadRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + printable(s) + "'");
        return Integer.parseInt(s);
    }

    public String searchQuery() {
        String s = raw("q");
        if (s == null) throw new BadRequest("missing parameter 'q' (words to search for)");
        if (s.length() > MAX_QUERY) throw new BadRequest("q is longer than " + MAX_QUERY + " characters");
        return s;
    }

    /** Echoes user input in messages safely: short, and without control characters. */
    private static String printable(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }
}
