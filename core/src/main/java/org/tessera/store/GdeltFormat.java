package org.tessera.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tessera.model.Actor;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.tone.DocumentTone;

/**
 * Rows of the GDELT 2.0 events table (61 columns) and mentions table (16 columns), as pure
 * functions of our records, so the store's export and the Spark job write the same bytes.
 *
 * <p>Choices where our data differ from GDELT's: an actor whose "country" is an organisation
 * (EU, NATO, UN...) fills KnownGroupCode instead of CountryCode (and has no actor geography unless
 * a place is named with it); IsRootEvent is 1 for events
 * in the first three sentences (title and lead), GDELT's "lead paragraph" test.
 *
 * <p>Geography (Actor1Geo, Actor2Geo, ActionGeo), as GDELT's codebook defines it: Type 1 country,
 * 2 US state, 3 US city, 4 world city, 5 world state; FullName "city, division, country" ("Moscow,
 * Moscow City, Russia"), "state, United States", or the country's name; ADM1Code the FIPS country
 * code and FIPS division code ("RS48"; "USTX" for a US state, by postal code), or the country's
 * code alone at the country level or where FIPS has no division for the place; ADM2Code empty (the
 * gazetteer records no second level); FeatureID the GeoNames id of a city, else the ADM1 code. The
 * actors' places are the coder's (a city named with the actor, a government's capital, else the
 * country's centre: the median of its GeoNames places, which stands in for GDELT's centroid).
 *
 * <p>Tone ({@link org.tessera.tone}): MentionDocTone is the tone of the mention's article, AvgTone
 * the mean of the event's mentions' MentionDocTone (GDELT averages over the documents that mention
 * the event), both from the AFINN-165 lexicon rather than GDELT's own. GDELT leaves the mentions'
 * Extras column free for "additional measurements"; ours holds the parts of the document's tone
 * as {@code <DOCTONE>Tone,PositiveScore,NegativeScore,Polarity,WordCount,PositiveWords,NegativeWords</DOCTONE>}.
 */
public final class GdeltFormat {
    /** The events table's columns, in GDELT's order. */
    public static final List<String> EVENT_COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** The mentions table's columns, in GDELT's order. */
    public static final List<String> MENTION_COLUMNS = List.of(
            "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
            "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
            "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final FipsCodes fips;

    public GdeltFormat(FipsCodes fips) {
        this.fips = Objects.requireNonNull(fips);
    }

    /** The 61 fields of an event's row; {@code mentions} are its mentions, whose documents' tone AvgTone averages. */
    public List<String> eventFields(StoredEvent s, List<StoredMention> mentions) {
        Event e = s.event();
        List<String> f = new ArrayList<>(EVENT_COLUMNS.size());
        f.add(Long.toString(s.id()));
        LocalDate d = eventDay(e);
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        f.add(d == null ? "" : Integer.toString(d.getYear()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0));
        actor(f, e.source());
        actor(f, e.target());
        f.add(s.sentenceIndex() >= 0 && s.sentenceIndex() < 3 ? "1" : "0");
        String code = eventCode(e.action().code().code());
        f.add(code);
        f.add(code.substring(0, 3));
        f.add(e.action().code().root());
        f.add(Integer.toString(e.action().code().quad()));
        f.add(number(e.action().code().goldstein()));
        f.add(Integer.toString(s.numMentions()));
        f.add(Integer.toString(s.numSources()));
        f.add(Integer.toString(s.numArticles()));
        f.add(number(averageTone(mentions)));
        geo(f, e.actorPlaces().source());
        geo(f, e.actorPlaces().target());
        geo(f, e.location());
        f.add(STAMP.format(s.addedAt()));
        f.add(clean(s.sourceUrl()));
        return f;
    }

    public String eventLine(StoredEvent s, List<StoredMention> mentions) {
        return String.join("\t", eventFields(s, mentions));
    }

    /** GDELT writes a root-level event with a trailing zero (01 is 010, "make statement, not specified below"), always 3 or 4 digits. */
    static String eventCode(String cameo) {
        return cameo.length() == 2 ? cameo + "0" : cameo;
    }

    /** GDELT's AvgTone: the mean tone of the documents that mention the event; 0 (neutral) for an event without mentions. */
    static double averageTone(List<StoredMention> mentions) {
        return mentions.stream().mapToDouble(m -> m.tone().tone()).average().orElse(0);
    }

    /** The 16 fields of a mention's row. */
    public List<String> mentionFields(StoredEvent s, StoredMention m) {
        Event e = s.event();
        List<String> f = new ArrayList<>(MENTION_COLUMNS.size());
        f.add(Long.toString(s.id()));
        f.add(STAMP.format(s.addedAt()));
        f.add(STAMP.format(m.addedAt()));
        f.add(m.url() == null || m.url().isBlank() ? "6" : "1"); // 1 web; 6 "core" (a document without a URL)
        f.add(clean(m.site()));
        f.add(clean(m.url() == null || m.url().isBlank() ? m.docId() : m.url()));
        f.add(m.sentenceIndex() < 0 ? "-1" : Integer.toString(m.sentenceIndex() + 1));
        f.add(offset(m, e.sentence(), e.source() == null ? null : e.source().text()));
        f.add(offset(m, e.sentence(), e.target() == null ? null : e.target().text()));
        f.add(offset(m, e.sentence(), e.action().text()));
        f.add("1");
        f.add(Integer.toString((int) Math.round(Math.max(0, Math.min(1, m.confidence())) * 100)));
        f.add(Integer.toString(m.docLength()));
        f.add(number(m.tone().tone()));
        f.add(""); // MentionDocTranslationInfo: GDELT leaves it empty for documents in English, which are all we code
        f.add(extras(m.tone()));
        return f;
    }

    public String mentionLine(StoredEvent s, StoredMention m) {
        return String.join("\t", mentionFields(s, m));
    }

    /** The mentions table's Extras: the parts of the document's tone, in GDELT's GKG V2Tone order where they overlap. */
    static String extras(DocumentTone t) {
        return "<DOCTONE>" + String.join(",", number(t.tone()), number(t.positiveScore()), number(t.negativeScore()),
                number(t.polarity()), Integer.toString(t.words()), Integer.toString(t.positiveWords()),
                Integer.toString(t.negativeWords())) + "</DOCTONE>";
    }

    /** The event's day: its own date, else its document's, at the first day of a partial date; null when unknown. */
    static LocalDate eventDay(Event e) {
        if (e.date() != null) return e.date().start();
        if (e.context() != null && e.context().documentDate() != null) return e.context().documentDate().start();
        return null;
    }

    private static String offset(StoredMention m, String sentence, String words) {
        if (m.spanStart() < 0 || words == null || words.isEmpty()) return "-1";
        int at = sentence.indexOf(words);
        return at < 0 ? "-1" : Integer.toString(m.spanStart() + at);
    }

    private void actor(List<String> f, Actor a) {
        if (a == null) {
            for (int i = 0; i < 10; i++) f.add("");
            return;
        }
        boolean country = a.country().matches("[A-Z]{3}") && !fips(a.country()).isEmpty() || "WST".equals(a.country());
        f.add(clean(a.code()));
        f.add(clean((a.name().isEmpty() ? a.text() : a.name()).toUpperCase(Locale.ROOT)));
        f.add(country ? a.country() : "");
        f.add(country ? "" : clean(a.country()));
        f.add("");
        f.add("");
        f.add("");
        f.add(clean(a.role()));
        f.add("");
        f.add("");
    }

    private String fips(String iso3) {
        return fips.fips(iso3);
    }

    private static void emptyGeo(List<String> f) {
        f.add("0");
        for (int i = 0; i < 7; i++) f.add("");
    }

    private void geo(List<String> f, Location l) {
        if (l == null) {
            emptyGeo(f);
            return;
        }
        int type = geoType(l);
        String adm1 = type == 1 ? fips.fips(l.country()) : fips.adm1(l.country(), l.admin1());
        f.add(Integer.toString(type));
        f.add(clean(fullName(l, type)));
        f.add(fips.fips(l.country()));
        f.add(adm1);
        f.add("");
        f.add(number(l.lat()));
        f.add(number(l.lon()));
        f.add(l.featureId() != null ? Long.toString(l.featureId()) : type == 5 && l.admin1().isEmpty() ? "" : adm1);
    }

    /** The location's own type; for a record from before it was kept, read from its name and id as then. */
    static int geoType(Location l, FipsCodes fips) {
        if (l.type() > 0) return l.type();
        if (l.featureId() != null) return "USA".equals(l.country()) ? 3 : 4;
        return fips.isCountryName(l.name()) ? 1 : 4;
    }

    private int geoType(Location l) {
        return geoType(l, fips);
    }

    /** GDELT's FullName: "Moscow, Moscow City, Russia", "Texas, United States", "Russia"; a division FIPS lacks is left out. */
    private String fullName(Location l, int type) {
        String country = fips.countryName(l.country());
        if (type == 1) return country;
        String division = type == 2 ? "" : fips.divisionName(l.country(), l.admin1());
        StringBuilder sb = new StringBuilder(l.name());
        if (!division.isEmpty()) sb.append(", ").append(division); // "Minsk, Minsk, Belarus", as GDELT writes it
        if (!country.isEmpty() && !country.equalsIgnoreCase(l.name())) sb.append(", ").append(country);
        return sb.toString();
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** GDELT files are tab-separated and line-based: no tab or line break may survive in a field. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** The source an article came from, as GDELT's MentionSourceName: its URL's host without "www.", else its document id. */
    public static String site(String url, String docId) {
        if (url != null && !url.isBlank()) {
            try {
                String host = java.net.URI.create(url.trim()).getHost();
                if (host != null && !host.isEmpty()) {
                    host = host.toLowerCase(java.util.Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL we can read: fall back to the document id
            }
        }
        return docId;
    }
}
