package org.tessera.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tessera.cameo.CameoTable;
import org.tessera.model.Actor;
import org.tessera.model.ActorEvidence;
import org.tessera.model.ActorPlaces;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.Evidence;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;

/**
 * A GDELT 2.0 event row read as one of our events, so that imported events answer the same
 * queries as ours (dyads, lists, the network, exports). What the row does not say stays empty:
 * no sentence, no span. GDELT codes no modality and takes every event it codes as having happened,
 * so an imported event is asserted; it gives no confidence, so the confidence is the neutral 0.5.
 * The evidence names GDELT as the coder and the file and line the row came from, which is how
 * readers of the JSON tell imported events from ours. Place country codes are FIPS in GDELT and
 * ISO alpha-3 in our records; actor country codes are CAMEO's in both.
 */
final class GdeltRowEvent {
    static final String CODER = "gdelt";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> C = GdeltFormat.EVENT_COLUMNS;
    private static final int ID = C.indexOf("GLOBALEVENTID"), SQLDATE = C.indexOf("SQLDATE"), ACTOR1 = C.indexOf("Actor1Code"),
            ACTOR2 = C.indexOf("Actor2Code"), CODE = C.indexOf("EventCode"), QUAD = C.indexOf("QuadClass"),
            GOLDSTEIN = C.indexOf("GoldsteinScale"), MENTIONS = C.indexOf("NumMentions"), ACTOR1_GEO = C.indexOf("Actor1Geo_Type"),
            ACTOR2_GEO = C.indexOf("Actor2Geo_Type"), ACTION_GEO = C.indexOf("ActionGeo_Type"), ADDED = C.indexOf("DATEADDED"),
            URL = C.indexOf("SOURCEURL");

    private final CameoTable cameo;
    private final FipsCodes fips;

    GdeltRowEvent(CameoTable cameo, FipsCodes fips) {
        this.cameo = cameo;
        this.fips = fips;
    }

    /** What one row holds for the store. */
    record Read(long gdeltId, Event event, int numMentions, int numSources, int numArticles) {
    }

    /** The event of a row of {@link GdeltFormat#EVENT_COLUMNS}' length; an IllegalArgumentException names the field that is wrong. */
    Read read(String[] f, String file, long line) {
        long id = number(f, ID);
        LocalDate day = day(f[SQLDATE], "SQLDATE");
        String code = f[CODE].trim();
        if (!code.matches("\\d{3,4}")) throw new IllegalArgumentException("EventCode '" + code + "' is not a CAMEO code");
        int quad = (int) number(f, QUAD);
        double goldstein = real(f, GOLDSTEIN);
        String name = cameo.find(code).map(CameoCode::name).orElse("");
        CameoCode action = new CameoCode(code, name, goldstein, quad);
        Actor source = actor(f, ACTOR1, "Actor1");
        Actor target = f[ACTOR2].isEmpty() && f[ACTOR2 + 1].isEmpty() ? null : actor(f, ACTOR2, "Actor2");
        String url = f[URL];
        String doc = url.isEmpty() ? "gdelt:" + id : url;
        PartialDate added = f[ADDED].length() >= 8 ? PartialDate.of(day(f[ADDED].substring(0, 8), "DATEADDED")) : null;
        String origin = file + ":" + line;
        Evidence evidence = new Evidence(CODER, "GDELT 2.0 event row", code, origin, source.resolution(),
                target == null ? null : target.resolution(), false, false, "", -1, -1, List.of());
        var context = new Event.EventContext("", url, "und", added, added == null ? DocumentDateOrigin.NONE : DocumentDateOrigin.PAGE);
        Event e = new Event(doc, 0, "", 0, 0, PartialDate.of(day), DateSource.DOCUMENT, source, target,
                new Event.Action(action, ""), Modality.ASSERTED, place(f, ACTION_GEO), 0.5, evidence, context,
                new ActorPlaces(place(f, ACTOR1_GEO), place(f, ACTOR2_GEO)));
        return new Read(id, e, (int) number(f, MENTIONS), (int) number(f, MENTIONS + 1), (int) number(f, MENTIONS + 2));
    }

    /** GDELT's actor code is the country code followed by the role and group codes ("RUSGOV", "IGOEUREEC"). */
    private static Actor actor(String[] f, int at, String which) {
        String code = f[at], name = f[at + 1], country = f[at + 2];
        String role = !country.isEmpty() && code.startsWith(country) ? code.substring(country.length()) : code;
        if (country.isEmpty() || !code.startsWith(country)) country = "";
        return new Actor(name, name, country, role, new ActorEvidence(null, "GDELT " + which + "Code " + code));
    }

    /** A geography block (type, full name, country, ADM1, ADM2, lat, long, feature id), or null where GDELT gives none. */
    private Location place(String[] f, int at) {
        String type = f[at];
        if (type.isEmpty() || type.equals("0") || f[at + 5].isEmpty() || f[at + 6].isEmpty()) return null;
        int t = (int) number(f, at);
        if (t < 1 || t > 5) throw new IllegalArgumentException(C.get(at) + " '" + type + "' is not a geography type (1-5)");
        String featureId = f[at + 7];
        Long feature = featureId.matches("-?\\d{1,18}") ? Long.valueOf(featureId) : null;
        String country = fips.iso3(f[at + 2]);
        return new Location(f[at + 1], country.isEmpty() ? f[at + 2] : country, real(f, at + 5), real(f, at + 6), feature, "", t);
    }

    private static long number(String[] f, int at) {
        try {
            return Long.parseLong(f[at].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(C.get(at) + " '" + f[at] + "' is not a whole number");
        }
    }

    private static double real(String[] f, int at) {
        try {
            return Double.parseDouble(f[at].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(C.get(at) + " '" + f[at] + "' is not a number");
        }
    }

    private static LocalDate day(String s, String column) {
        try {
            return LocalDate.parse(s.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + s + "' is not a day (YYYYMMDD)");
        }
    }
}
