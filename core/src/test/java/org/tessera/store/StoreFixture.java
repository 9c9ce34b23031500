package org.tessera.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tessera.cameo.CameoTable;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.store.HandCodedDocument.Coded;
import org.tessera.store.HandCodedDocument.Coding;

/**
 * Seven hand-coded documents for store tests that run without CoreNLP: a gas deal (RUS-BLR, January
 * 2024), Japanese sanctions, one story reposted by two sites under different page chrome, a
 * two-article document whose second article was skipped, a hypothetical threat and an unreadable
 * document. The counts below are what storing all of them must give.
 */
final class StoreFixture {
    static final int DOCUMENTS = 7;
    static final int ARTICLES = 7;
    /** Story-first articles that were coded: every article but the repost's copy and the skipped one. */
    static final int STORIES = 5;
    static final int EVENTS = 8;
    /** One per event, plus one per event of the reposted story for its copy. */
    static final int MENTIONS = 10;
    static final String COURIER_URL = "https://minsk-courier.example/politics/sochi-loan";
    static final String EASTWIRE_URL = "https://www.eastwire.example/world/2024/05/24/sochi-loan";

    /** The reposted story's body, which both sites carry word for word. */
    static final String REPOST_BODY = "The Belarusian leader met the Russian president at a resort on the Black Sea coast on Friday "
            + "to discuss trade and security. Russia agreed to lend Belarus six hundred million dollars for a new power station, "
            + "officials in Minsk said after the meeting. Both sides promised to expand rail freight between their capitals "
            + "and to hold a joint commission in the autumn.";

    private StoreFixture() {
    }

    static List<Coded> documents() {
        CameoTable cameo = CameoTable.load();
        List<Coded> out = new ArrayList<>();
        out.add(HandCodedDocument.of(cameo, "gas-deal.txt").article("https://minsk-daily.example/economy/gas-deal", "2024-01-18",
                "Moscow and Minsk sign a gas deal", """
                        Moscow and Minsk sign a gas deal
                        Russia signed an agreement with Belarus on gas prices for the coming winter. The Belarusian prime \
                        minister visited Moscow to prepare the deal. Officials said deliveries would start in February.""",
                Coding.of(1, "RUS", "BLR", "057", "signed an agreement with").at(new Location("Minsk", "BLR", 53.9, 27.56, 625144L)),
                Coding.of(2, "BLR", "RUS", "042", "visited")).coded());
        out.add(HandCodedDocument.of(cameo, "tokyo-sanctions.txt").article("", "2024-02-27", "Japan widens sanctions", """
                        Japan widens sanctions
                        Japan imposed sanctions on three more Russian banks on Tuesday. The finance ministry in Tokyo said \
                        the measures target lenders that finance arms purchases.""",
                Coding.of(1, "JPN", "RUS", "163", "imposed sanctions on")).coded());
        out.add(repost(cameo, "courier-1", COURIER_URL, "Minsk Courier | Home | Politics | Economy", "Share this story with your friends."));
        out.add(repost(cameo, "eastwire-7", EASTWIRE_URL, "EAST WIRE - Breaking - World - Regions", "Read more of our coverage of the region."));
        out.add(HandCodedDocument.of(cameo, "brussels.txt").article("https://brussels-report.example/eu-belarus", "2024-03-21",
                "EU adds Belarusian officials to its sanctions list", """
                        EU adds Belarusian officials to its sanctions list
                        The European Union imposed new sanctions on Belarus over the treatment of political prisoners. \
                        Ministers in Brussels also criticized Russia for supplying weapons to the region.""",
                new Coding(1, "EU", "", "BLR", "163", "imposed new sanctions on", Modality.ASSERTED, null),
                new Coding(2, "EU", "", "RUS", "111", "criticized", Modality.REPORTED, null))
                .skipped("https://brussels-report.example/de/eu-belarus", "2024-03-21", "Neue Sanktionen",
                        "Die Europaeische Union hat neue Sanktionen gegen Belarus verhaengt.", "language de").coded());
        out.add(HandCodedDocument.of(cameo, "drills.txt").article("https://defence-watch.example/drills", "2024-06-13", "Drills", """
                        Russia could threaten Belarus with military drills near the border, analysts warned.""",
                Coding.of(0, "RUS", "BLR", "138", "could threaten").as(Modality.HYPOTHETICAL)).coded());
        out.add(HandCodedDocument.failed("broken.html", "<html><body", "fixture:broken.html: not a readable page"));
        return out;
    }

    /** The same story under one site's header and footer; coded as the pipeline codes every copy. */
    private static Coded repost(CameoTable cameo, String id, String url, String header, String footer) {
        return HandCodedDocument.of(cameo, id).article(url, "2024-05-24", "Belarus gets a Russian loan",
                header + "\n" + REPOST_BODY + "\n" + footer,
                Coding.of(1, "BLR", "RUS", "036", "met"),
                Coding.of(2, "RUS", "BLR", "071", "agreed to lend")).coded();
    }

    /** Stores every document of the fixture in {@code store} and brings its search index up to date. */
    static void fill(EventStore store) {
        fill(store, documents());
    }

    static void fill(EventStore store, List<Coded> docs) {
        StoreWriter w = store.writer();
        for (Coded c : docs) w.write(c.raw(), c.result());
        w.flush();
    }

    /** Every row of every table but the time it was added, sorted: equal dumps mean equal stores. */
    static List<String> dump(EventStore store) {
        List<String> rows = new ArrayList<>();
        Set<String> untimed = Set.of("sentences", "lsh");
        for (String t : List.of("documents", "articles", "sentences", "events", "mentions", "lsh")) {
            String cols = untimed.contains(t) ? "*" : "* EXCLUDE (added_at)";
            // Table names are constants of this test.
            rows.addAll(store.query("dump", "SELECT '" + t + "', " + cols + " FROM " + t + " ORDER BY ALL", ps -> {
            }, rs -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object o = rs.getObject(i);
                    sb.append(i > 1 ? "|" : "").append(o instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : o);
                }
                return sb.toString();
            }));
        }
        return rows;
    }
}
