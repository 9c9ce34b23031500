package org.tessera.intake;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tessera.testkit.TestLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeTest {
    private static Intake intake;

    @BeforeAll
    static void setUp() {
        intake = new Intake(new IntakeOptions(null, 1_000_000));
    }

    private static RawDocument text(String s) {
        return new RawDocument("doc", "test:doc", s.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static final String BODY_A = "The harbour council of Eastport voted on Tuesday to close the old ferry terminal "
            + "after inspectors found serious cracks in the main pier.";
    private static final String BODY_B = "Farmers in the northern valley blocked the regional highway for six hours on "
            + "Wednesday to protest against the new water quotas set by the ministry.";
    private static final String BODY_C = "The foreign ministers of both coastal states met in the capital and signed an "
            + "agreement on joint patrols of the fishing grounds near the disputed reef.";

    @Test
    void splitsAScrapedPageIntoItsArticles() throws Exception {
        String page = String.join("\n\n",
                "Connect with us", "Home", "News",
                "Harbour Council Closes Old Ferry Terminal", "Maria Lindqvist", "Published", "on", "March 4, 2023", "412 Views",
                BODY_A, "The council will meet again next week to discuss a temporary landing stage for the island ferries.",
                "Continue Reading", "Comments",
                "Regional", "Farmers block highway over water quotas", "Jonas Berg", "Published", "on",
                BODY_B, "Police said the protest ended peacefully and that no arrests were made during the blockade.",
                "Continue Reading",
                "World", "Coastal states agree on joint fishing patrols",
                "A first step towards settling the long reef dispute, officials say.", "Published", "on",
                BODY_C, "Both governments said the patrols would start in the spring.",
                "Continue Reading", "Latest", "Trending", "Privacy Policy");
        CleanDocument doc = intake.clean(text(page));
        List<Article> a = doc.articles();
        assertEquals(3, a.size());
        assertEquals("Harbour Council Closes Old Ferry Terminal", a.get(0).title());
        assertEquals("Farmers block highway over water quotas", a.get(1).title());
        assertEquals("Coastal states agree on joint fishing patrols", a.get(2).title());
        assertEquals(new PartialDate(2023, 3, 4), a.get(0).date());
        assertEquals(DocumentDateOrigin.PAGE, a.get(0).dateOrigin());
        assertEquals(DocumentDateOrigin.NONE, a.get(1).dateOrigin());
        for (Article art : a) {
            assertEquals(TestLanguage.ENGLISH, art.language());
            assertEquals(doc.cleanText().substring(art.offset(), art.offset() + art.text().length()), art.text());
            assertTrue(art.text().startsWith(art.title() + "\n\n"));
            assertFalse(art.text().contains("Continue Reading"));
            assertFalse(art.text().contains("Published"));
            assertFalse(art.text().contains("Views"));
        }
        assertTrue(a.get(0).text().contains(BODY_A));
        assertFalse(a.get(0).text().contains("Maria Lindqvist"));
        assertTrue(a.get(2).text().contains("A first step towards settling"));
        assertTrue(doc.cleanText().contains("\n\n" + a.get(1).title()));
    }

    @Test
    void titleThenBodyIsOneArticle() throws Exception {
        CleanDocument doc = intake.clean(text("Ferry terminal closed after cracks found\n\n" + BODY_A + "\n\n" + BODY_B + "\n"));
        assertEquals(1, doc.articles().size());
        assertEquals("Ferry terminal closed after cracks found", doc.articles().get(0).title());
        assertEquals("Ferry terminal closed after cracks found\n\n" + BODY_A + "\n\n" + BODY_B, doc.articles().get(0).text());
    }

    @Test
    void dateFallsBackToOptionThenFileTime() throws Exception {
        RawDocument raw = new RawDocument("d", "test:d", ("Ferry terminal closed\n\n" + BODY_A).getBytes(StandardCharsets.UTF_8),
                "text/plain", Instant.parse("2020-02-03T23:59:00Z"));
        Article fileTime = intake.clean(raw).articles().get(0);
        assertEquals(new PartialDate(2020, 2, 3), fileTime.date());
        assertEquals(DocumentDateOrigin.FILE_TIME, fileTime.dateOrigin());
        Intake withOption = new Intake(IntakeOptions.defaults().withFallbackDate(PartialDate.ofMonth(java.time.YearMonth.of(2019, 5))));
        Article option = withOption.clean(raw).articles().get(0);
        assertEquals(PartialDate.ofMonth(java.time.YearMonth.of(2019, 5)), option.date());
        assertEquals(DocumentDateOrigin.OPTION, option.dateOrigin());
    }

    private static final String MORE_A = "The council will meet again next week to discuss a temporary landing stage for the island ferries.";
    private static final String MORE_B = "Police said the protest ended peacefully and that no arrests were made during the blockade.";

    @Test
    void htmlWithSeveralArticles() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Site</title>"
                + "<meta property='article:published_time' content='2022-06-01T08:00:00Z'></head><body>"
                + "<nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
                + "<article><header><h2>Ferry terminal closed</h2><time datetime='2022-05-30'>May 30</time></header>"
                + "<p>" + BODY_A + "</p><p>" + MORE_A + "</p><div class='share-buttons'>Share on Facebook</div></article>"
                + "<article><h2>Farmers block highway</h2><p>" + BODY_B + "</p><p>" + MORE_B + "</p>"
                + "<section class='comments'><p>I disagree with this completely, it is a disgrace and a shame!</p></section></article>"
                + "<aside>Most read: something else entirely that should never appear here at all.</aside>"
                + "<div class='more'><article><h3>Coastal states agree on patrols</h3><p>" + BODY_C + "</p></article></div>"
                + "<footer>© 2022 Valley Post</footer></body></html>";
        CleanDocument doc = intake.clean(new RawDocument("h", "test:h", html.getBytes(StandardCharsets.UTF_8), "", null));
        assertEquals(2, doc.articles().size(), "two stories; the one-paragraph teaser is not a third");
        Article first = doc.articles().get(0);
        assertEquals("Ferry terminal closed", first.title());
        assertEquals("Ferry terminal closed\n\n" + BODY_A + "\n\n" + MORE_A, first.text());
        assertEquals(new PartialDate(2022, 5, 30), first.date());
        Article second = doc.articles().get(1);
        assertEquals("Farmers block highway", second.title());
        assertFalse(second.text().contains("disgrace"));
        assertFalse(doc.cleanText().contains("Most read"));
        assertFalse(doc.cleanText().contains("fishing grounds"));
    }

    @Test
    void htmlWithoutArticleUsesDensestBlockAndMetadata() throws Exception {
        String html = "<html><head><meta property='og:title' content='Ferry terminal closed'>"
                + "<link rel='canonical' href='https://example.org/ferry'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-05-30T10:00:00+02:00\"}</script>"
                + "</head><body><div id='menu'><p>Home</p><p>World</p></div><div class='content'>"
                + "<h1>Ferry terminal closed</h1><p>" + BODY_A + "</p><p>" + BODY_B + "</p></div>"
                + "<div class='sidebar'><p>" + BODY_C + "</p></div></body></html>";
        Article a = intake.clean(new RawDocument("h", "test:h", html.getBytes(StandardCharsets.UTF_8), "text/html", null))
                .articles().get(0);
        assertEquals("Ferry terminal closed", a.title());
        assertEquals("https://example.org/ferry", a.url());
        assertEquals(new PartialDate(2022, 5, 30), a.date());
        assertEquals("Ferry terminal closed\n\n" + BODY_A + "\n\n" + BODY_B, a.text());
    }

    @Test
    void deeplyNestedHtmlDoesNotCrash() throws Exception {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append("<p>").append(BODY_A).append("</p>").append("</div>".repeat(depth));
        sb.append("</body></html>");
        RawDocument raw = new RawDocument("deep", "test:deep", sb.toString().getBytes(StandardCharsets.UTF_8), "text/html", null);
        // Run on a small stack, as a server worker thread might, to catch any recursion.
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = new Intake(IntakeOptions.defaults()).clean(raw);
            } catch (Throwable e) {
                result[0] = e;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertTrue(result[0] instanceof CleanDocument, String.valueOf(result[0]));
        assertTrue(((CleanDocument) result[0]).cleanText().contains("ferry terminal"));
    }

    @Test
    void binaryContentIsRejected() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        IntakeException e = assertThrows(IntakeException.class,
                () -> intake.clean(new RawDocument("bin", "test:bin", bytes, "", null)));
        assertTrue(e.getMessage().startsWith("test:bin: binary"));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void emptyAndOversizedAreRejected() {
        assertThrows(IntakeException.class, () -> intake.clean(new RawDocument("e", "test:e", new byte[0], "", null)));
        assertThrows(IntakeException.class, () -> intake.clean(text(" \n\n \t")));
        Intake small = new Intake(new IntakeOptions(null, 100));
        IntakeException e = assertThrows(IntakeException.class, () -> small.clean(text(BODY_A + BODY_B)));
        assertTrue(e.getMessage().contains("over the limit"));
    }

    @Test
    void invalidUtf8IsReplacedAndCyrillicCodePagesAreRecognised() throws Exception {
        byte[] good = ("Ferry terminal closed\n\n" + BODY_A).getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(good, good.length + 2);
        broken[good.length] = (byte) 0xC3;
        broken[good.length + 1] = (byte) 0x28;
        assertTrue(intake.clean(new RawDocument("u", "test:u", broken, "", null)).cleanText().contains("\uFFFD"));

        String russian = "Совет закрыл паром\n\nГородской совет во вторник решил закрыть старый паромный терминал, "
                + "потому что инспекторы нашли серьёзные трещины в главном причале.";
        for (String cs : List.of("windows-1251", "KOI8-R")) {
            byte[] bytes = russian.getBytes(Charset.forName(cs));
            Article a = intake.clean(new RawDocument("r", "test:r", bytes, "", null)).articles().get(0);
            assertEquals("ru", a.language(), cs);
            assertTrue(a.text().contains("паромный терминал"), cs);
        }
    }

    @Test
    void htmlInLegacyEncodingsWithoutADeclaredCharsetDecodesRight() throws Exception {
        String russian = "<html><head><title>Паром</title></head><body><h1>Совет закрыл старый паромный терминал</h1>"
                + "<p>Городской совет во вторник решил закрыть старый паромный терминал, потому что инспекторы нашли "
                + "серьёзные трещины в главном причале.</p><p>Жители острова теперь будут ездить на материк через "
                + "соседний порт, пока строится временная пристань. Мэр пообещал, что работы закончатся до весны.</p>"
                + "<p>Владельцы магазинов на набережной опасаются, что летом туристов будет меньше обычного.</p></body></html>";
        String polish = "<html><head><title>Prom</title></head><body><h1>Rada miasta zamyka stary terminal promowy</h1>"
                + "<p>Rada miejska postanowiła we wtorek zamknąć stary terminal promowy, ponieważ inspektorzy znaleźli "
                + "poważne pęknięcia w głównym molo.</p><p>Mieszkańcy wyspy będą teraz dojeżdżać na ląd przez sąsiedni "
                + "port, dopóki nie powstanie tymczasowa przystań. Burmistrz obiecał, że prace zakończą się przed wiosną.</p>"
                + "<p>Właściciele sklepów przy nabrzeżu obawiają się, że latem przyjedzie mniej turystów niż zwykle.</p></body></html>";
        Article ru = intake.clean(new RawDocument("r", "test:r", russian.getBytes(Charset.forName("windows-1251")), "text/html", null))
                .articles().get(0);
        assertEquals("Совет закрыл старый паромный терминал", ru.title());
        assertTrue(ru.text().contains("серьёзные трещины в главном причале"), ru.text());
        Article pl = intake.clean(new RawDocument("p", "test:p", polish.getBytes(Charset.forName("ISO-8859-2")), "text/html", null))
                .articles().get(0);
        assertEquals("Rada miasta zamyka stary terminal promowy", pl.title());
        assertTrue(pl.text().contains("poważne pęknięcia w głównym molo"), pl.text());
        assertTrue(pl.text().contains("Właściciele sklepów przy nabrzeżu"), pl.text());
    }

    @Test
    void otherLanguagesAreLabelledNotDropped() throws Exception {
        String german = "Hafenrat schließt Fährterminal\n\nDer Hafenrat von Ostport hat am Dienstag beschlossen, das alte "
                + "Fährterminal zu schließen, nachdem Prüfer ernste Risse im Hauptpier gefunden hatten.";
        Article a = intake.clean(text(german)).articles().get(0);
        assertEquals("de", a.language());
    }
}
