package org.tessera.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.data.TsvFile;

/**
 * GDELT 2.0's published layout of the events and mentions tables, read from our data file
 * {@code gdelt-2.0-layout.tsv} (written from the codebook), and the checks of a row against it:
 * column count, each column's type, empty where GDELT may leave it empty and nowhere else, and the
 * rules that tie columns together (the three date forms, the event code's hierarchy, a place's
 * parts with its type).
 */
final class GdeltLayout {
    static final String RESOURCE = "org/tessera/store/gdelt-2.0-layout.tsv";

    record Column(String table, int position, String name, String type, boolean mayBeEmpty) {
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Pattern> SHAPES = Map.ofEntries(
            Map.entry("id", Pattern.compile("[1-9]\\d*")),
            Map.entry("integer", Pattern.compile("-?\\d+")),
            Map.entry("count", Pattern.compile("[1-9]\\d*")),
            Map.entry("day", Pattern.compile("\\d{8}")),
            Map.entry("month", Pattern.compile("\\d{4}(0[1-9]|1[0-2])")),
            Map.entry("year", Pattern.compile("\\d{4}")),
            Map.entry("fraction-date", Pattern.compile("\\d{4}\\.\\d{4}")),
            Map.entry("timestamp", Pattern.compile("\\d{14}")),
            Map.entry("flag", Pattern.compile("[01]")),
            Map.entry("cameo-actor", Pattern.compile("[A-Z0-9]{2,}")),
            Map.entry("cameo-country", Pattern.compile("[A-Z]{3}")),
            Map.entry("cameo-group", Pattern.compile("[A-Z0-9]{2,}")),
            Map.entry("cameo-3", Pattern.compile("[A-Z0-9]{3}")),
            Map.entry("cameo-event", Pattern.compile("\\d{3,4}")),
            Map.entry("cameo-base", Pattern.compile("\\d{3}")),
            Map.entry("cameo-root", Pattern.compile("\\d{2}")),
            Map.entry("quad", Pattern.compile("[1-4]")),
            Map.entry("goldstein", NUMBER),
            Map.entry("tone", NUMBER),
            Map.entry("geo-type", Pattern.compile("[0-5]")),
            Map.entry("fips", Pattern.compile("[A-Z]{2}")),
            Map.entry("adm1", Pattern.compile("[A-Z]{2}([A-Z0-9]{2})?")),
            Map.entry("latitude", NUMBER),
            Map.entry("longitude", NUMBER),
            Map.entry("text", Pattern.compile("[^\\t\\r\\n]*")),
            Map.entry("mention-type", Pattern.compile("[1-6]")),
            Map.entry("sentence", Pattern.compile("[1-9]\\d*")),
            Map.entry("offset", Pattern.compile("-1|\\d+")),
            Map.entry("percent", Pattern.compile("\\d{1,3}")));
    /** The numeric types' ranges. */
    private static final Map<String, double[]> RANGES = Map.of("goldstein", new double[] {-10, 10}, "tone", new double[] {-100, 100},
            "latitude", new double[] {-90, 90}, "longitude", new double[] {-180, 180}, "percent", new double[] {0, 100});
    private static final List<String> GEO = List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_");
    private static final List<String> GEO_PARTS = List.of("FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID");

    private final Map<String, List<Column>> tables;

    private GdeltLayout(Map<String, List<Column>> tables) {
        this.tables = tables;
    }

    static GdeltLayout bundled() {
        Map<String, List<Column>> tables = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(RESOURCE)) {
            String table = r.cell(0);
            if (!Set.of("events", "mentions").contains(table)) throw r.error("table '" + table + "' is neither events nor mentions");
            List<Column> cols = tables.computeIfAbsent(table, t -> new ArrayList<>());
            int position;
            try {
                position = Integer.parseInt(r.cell(1));
            } catch (NumberFormatException e) {
                throw r.error("position '" + r.cell(1) + "' is not a number");
            }
            if (position != cols.size() + 1) throw r.error("position " + position + " out of order; expected " + (cols.size() + 1));
            if (!SHAPES.containsKey(r.cell(3))) throw r.error("unknown type '" + r.cell(3) + "'");
            if (!Set.of("never", "unknown").contains(r.cell(4))) throw r.error("empty must be never or unknown, not '" + r.cell(4) + "'");
            cols.add(new Column(table, position, r.cell(2), r.cell(3), r.cell(4).equals("unknown")));
        }
        return new GdeltLayout(Map.copyOf(tables));
    }

    List<Column> columns(String table) {
        return List.copyOf(tables.get(table));
    }

    List<String> names(String table) {
        return columns(table).stream().map(Column::name).toList();
    }

    /** What is wrong with one line of {@code table}, one message per fault; empty when the line fits the layout. */
    List<String> problems(String table, String line) {
        List<Column> cols = tables.get(table);
        String[] f = line.split("\t", -1);
        List<String> out = new ArrayList<>();
        String where = table + " row " + (f.length > 0 ? f[0] : "?") + ": ";
        if (f.length != cols.size()) {
            out.add(where + f.length + " columns, not " + cols.size());
            return out;
        }
        for (Column c : cols) {
            String v = f[c.position() - 1];
            String what = where + c.name() + " '" + v + "' ";
            if (v.isEmpty()) {
                if (!c.mayBeEmpty()) out.add(what + "is empty; GDELT always fills it");
                continue;
            }
            if (!SHAPES.get(c.type()).matcher(v).matches()) {
                out.add(what + "is not of type " + c.type());
                continue;
            }
            double[] range = RANGES.get(c.type());
            if (range != null && (Double.parseDouble(v) < range[0] || Double.parseDouble(v) > range[1]))
                out.add(what + "is outside " + range[0] + ".." + range[1]);
            if (c.type().equals("day") && !parses(v, DAY)) out.add(what + "is no calendar day");
            if (c.type().equals("timestamp") && !parses(v, STAMP)) out.add(what + "is no instant");
        }
        if (out.isEmpty()) out.addAll(table.equals("events") ? eventRules(where, f) : List.of());
        return out;
    }

    /**
     * Every fault of an export: each line's, then what ties the tables together (every mention's
     * event exists and was added when the mention says, NumMentions counts its mentions, AvgTone is
     * the mean of their MentionDocTone).
     */
    List<String> exportProblems(List<String> events, List<String> mentions) {
        List<String> out = new ArrayList<>();
        for (String l : events) out.addAll(problems("events", l));
        for (String l : mentions) out.addAll(problems("mentions", l));
        if (!out.isEmpty()) return out;
        Map<String, String[]> byId = new HashMap<>();
        for (String l : events) if (byId.put(l.split("\t", -1)[0], l.split("\t", -1)) != null) out.add("events: id " + l.split("\t")[0] + " twice");
        Map<String, List<Double>> tones = new HashMap<>();
        for (String l : mentions) {
            String[] m = l.split("\t", -1);
            String[] e = byId.get(m[0]);
            if (e == null) {
                out.add("mentions row " + m[0] + ": no such event");
                continue;
            }
            if (!m[1].equals(e[59])) out.add("mentions row " + m[0] + ": EventTimeDate " + m[1] + " is not the event's DATEADDED " + e[59]);
            tones.computeIfAbsent(m[0], k -> new ArrayList<>()).add(Double.parseDouble(m[13]));
        }
        for (Map.Entry<String, String[]> e : byId.entrySet()) {
            List<Double> t = tones.getOrDefault(e.getKey(), List.of());
            if (t.size() != Integer.parseInt(e.getValue()[31]))
                out.add("events row " + e.getKey() + ": NumMentions " + e.getValue()[31] + " but " + t.size() + " mentions");
            double mean = t.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            if (Math.abs(mean - Double.parseDouble(e.getValue()[34])) > 1e-4)
                out.add("events row " + e.getKey() + ": AvgTone " + e.getValue()[34] + " is not its mentions' mean MentionDocTone " + mean);
        }
        return out;
    }

    private List<String> eventRules(String where, String[] f) {
        List<String> out = new ArrayList<>();
        Map<String, String> v = new HashMap<>();
        for (Column c : tables.get("events")) v.put(c.name(), f[c.position() - 1]);
        String day = v.get("SQLDATE");
        if (!v.get("MonthYear").equals(day.substring(0, 6)) || !v.get("Year").equals(day.substring(0, 4))
                || !v.get("FractionDate").startsWith(day.substring(0, 4) + "."))
            out.add(where + "SQLDATE " + day + ", MonthYear " + v.get("MonthYear") + ", Year " + v.get("Year") + ", FractionDate "
                    + v.get("FractionDate") + " disagree");
        String code = v.get("EventCode");
        if (!v.get("EventBaseCode").equals(code.substring(0, 3)) || !v.get("EventRootCode").equals(code.substring(0, 2)))
            out.add(where + "EventCode " + code + " has base " + v.get("EventBaseCode") + " and root " + v.get("EventRootCode"));
        int root = Integer.parseInt(v.get("EventRootCode"));
        int quad = root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        if (root < 1 || root > 20) out.add(where + "EventRootCode " + root + " is no CAMEO root (01..20)");
        else if (!v.get("QuadClass").equals(Integer.toString(quad)))
            out.add(where + "QuadClass " + v.get("QuadClass") + " for root " + v.get("EventRootCode") + "; GDELT's is " + quad);
        if (Integer.parseInt(v.get("NumMentions")) < Integer.parseInt(v.get("NumArticles")))
            out.add(where + "fewer mentions than articles");
        for (String side : List.of("Actor1", "Actor2"))
            if (v.get(side + "Code").isEmpty())
                for (String part : List.of("Name", "CountryCode", "KnownGroupCode", "Type1Code"))
                    if (!v.get(side + part).isEmpty()) out.add(where + side + part + " is filled for an actor without a code");
        for (String geo : GEO) {
            boolean none = v.get(geo + "Type").equals("0");
            for (String part : GEO_PARTS) {
                String p = v.get(geo + part);
                // Empty, never 0: GDELT's files leave every part of a missing place empty.
                if (none && !p.isEmpty()) out.add(where + geo + part + " '" + p + "' is filled for a place of type 0");
            }
            if (!none && (v.get(geo + "FullName").isEmpty() || v.get(geo + "CountryCode").isEmpty()))
                out.add(where + geo + "Type " + v.get(geo + "Type") + " without a name and country");
            if (v.get(geo + "Lat").isEmpty() != v.get(geo + "Long").isEmpty())
                out.add(where + geo + "Lat and " + geo + "Long: one without the other");
        }
        return out;
    }

    private static boolean parses(String v, DateTimeFormatter f) {
        try {
            if (v.length() == 8) LocalDate.parse(v, f);
            else LocalDateTime.parse(v, f);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
