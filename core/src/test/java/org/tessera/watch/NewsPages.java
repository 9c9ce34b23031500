package org.tessera.watch;

import java.util.List;

/**
 * Article pages and feeds for watch tests, with texts written for them (no corpus text): each
 * article reports one plain political event, so the real coder finds it.
 */
final class NewsPages {
    private NewsPages() {
    }

    /** A made-up article: slug, title, date (ISO, for the feed item), body. */
    record Story(String slug, String title, String date, String body) {
    }

    static final List<Story> STORIES = List.of(
            new Story("fisheries-deal", "Chile and Argentina sign fisheries pact", "2026-03-02T09:00:00Z",
                    "Chile signed an agreement with Argentina on fishing rights in Santiago on Monday. "
                            + "Officials from both governments said the accord would end a dispute over catches in southern waters."),
            new Story("nairobi-arrests", "Police detain activists in Nairobi", "2026-03-03T10:30:00Z",
                    "Kenyan police arrested twelve opposition activists in Nairobi on Tuesday, a rights group said. "
                            + "The activists had planned a march against rising food prices in the capital."),
            new Story("missile-condemned", "Japan condemns missile launch", "2026-03-04T06:45:00Z",
                    "Japan condemned North Korea on Wednesday after a ballistic missile fell into the sea west of Hokkaido. "
                            + "The government in Tokyo said the launch was a grave threat to regional peace."),
            new Story("lisbon-visit", "Brazilian president visits Lisbon", "2026-03-05T12:00:00Z",
                    "The president of Brazil met the prime minister of Portugal in Lisbon on Thursday. "
                            + "The two leaders discussed trade between their countries and cooperation on research."),
            new Story("diplomats-expelled", "Canada expels Iranian diplomats", "2026-03-06T15:20:00Z",
                    "Canada expelled two Iranian diplomats on Friday, the foreign ministry in Ottawa said. "
                            + "The ministry gave the diplomats three days to leave the country."),
            new Story("aid-pledge", "Norway pledges aid to Sudan", "2026-03-07T08:10:00Z",
                    "Norway promised humanitarian aid to Sudan on Saturday as fighting forced thousands from their homes. "
                            + "The Norwegian government said the money would pay for food and medicine."));

    /** The article page, with page chrome around the text and no date of its own (the feed item's date is the one to use). */
    static String page(Story s) {
        return "<!doctype html><html><head><title>" + s.title() + " | Test Wire</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + s.title() + "</h1><p>" + s.body()
                + "</p></article><footer>Copyright Test Wire</footer></body></html>";
    }

    /** An RSS feed listing the stories, linking each to {@code base + "/news/" + slug}. */
    static String rss(String base, List<Story> stories) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test Wire</title>"
                + "<link>" + base + "/</link><description>made-up news for tests</description>");
        for (Story s : stories) {
            b.append("<item><title>").append(s.title()).append("</title><link>").append(base).append("/news/").append(s.slug())
                    .append("</link><pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(java.time.OffsetDateTime.parse(s.date()))).append("</pubDate><description>A teaser, not the article.</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    /** Serves each story's page on {@code site}. */
    static void servePages(LocalSite site, List<Story> stories) {
        for (Story s : stories) site.page("/news/" + s.slug(), "text/html; charset=utf-8", page(s));
    }
}
