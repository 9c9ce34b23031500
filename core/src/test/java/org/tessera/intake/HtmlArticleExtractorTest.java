package org.tessera.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page templates that used to lose their story or gain other text, each written here from scratch. */
class HtmlArticleExtractorTest {
    private static final String P1 = "The river authority said on Monday that the new dam on the upper valley would be finished "
            + "before the spring floods arrive, two months earlier than planned.";
    private static final String P2 = "Engineers have worked in three shifts since August, and the last concrete section of the "
            + "spillway was poured on Friday night under floodlights.";
    private static final String P3 = "Residents of the lowland villages, who were evacuated twice last year, said they would "
            + "believe the promise when they saw the water held back.";
    private static final String P4 = "The authority will publish the final inspection report next week, a spokeswoman said, and "
            + "the reservoir will begin to fill in March if the report is clean.";
    private static final String TITLE = "Valley dam to be finished before the spring floods";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(new BoilerplateFilter(), new PublicationDateFinder());

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>" + TITLE + " | Valley Post</title>"
                + "<meta property='og:title' content='" + TITLE + "'></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>" + body
                + "<footer><p>© 2024 Valley Post. All rights reserved. Valley Post is published by Valley Media Group Limited.</p>"
                + "</footer></body></html>";
    }

    private List<ArticleDraft> extract(String body) {
        return extractor.extract(page(body), "https://example.org/dam");
    }

    private static void assertWholeStory(List<ArticleDraft> drafts) {
        assertEquals(1, drafts.size(), drafts.toString());
        ArticleDraft d = drafts.get(0);
        assertEquals(TITLE, d.title());
        assertEquals(List.of(P1, P2, P3, P4), d.paragraphs());
    }

    @Test
    void aStoryInsideWidgetAndSidebarWrappersIsKept() {
        assertWholeStory(extract("<div class='elementor-widget-container content-with-sidebar-wrp'><div class='widget text-widget'>"
                + "<h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></div>"
                + "<div class='sidebar'><ul><li><a href='/a'>Ferry fares rise again</a></li><li><a href='/b'>Harbour to get a new "
                + "crane</a></li><li><a href='/c'>Council elections in May</a></li></ul></div>"));
    }

    @Test
    void aStoryInsideAPageWideFormIsKept() {
        assertWholeStory(extract("<form id='page'><div class='content'><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p><p>" + P4 + "</p></div><input type='hidden' name='state' value='x'></form>"));
    }

    @Test
    void relatedStoryTeasersAndCommentsAreNotStories() {
        String teaser = "<article class='card'><h3><a href='/x'>Harbour to get a new crane</a></h3>"
                + "<p>The port board approved the purchase of a second container crane for the north quay on Tuesday.</p></article>";
        List<ArticleDraft> drafts = extract("<article class='story'><h1>" + TITLE + "</h1><figure><img src='dam.jpg'>"
                + "<figcaption>The spillway of the new dam seen from the east bank of the river last week.</figcaption></figure>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></article>"
                + "<section class='more-news'>" + teaser + teaser.replace("crane", "ferry") + "</section>"
                + "<section id='comments'><article class='comment'><p>I have lived here forty years and I have never seen the "
                + "authority finish anything on time, so forgive me if I am not holding my breath.</p><p>Same here, and I "
                + "remember the last promise about the levees very well indeed, thank you.</p></article>"
                + "<article class='comment'><p>The engineers deserve credit whatever one thinks of the authority and its "
                + "board, they have been working through the night all autumn.</p><p>Agreed, the night shifts were loud "
                + "but they got it done, and that is what counts in the end for everyone.</p></article></section>");
        assertWholeStory(drafts);
    }

    @Test
    void aBodyWrittenAsBrokenLinesWinsOverTheFooter() {
        List<ArticleDraft> drafts = extract("<div class='post'><h1>" + TITLE + "</h1><div class='entry'>" + P1 + "<br><br>" + P2
                + "<br><br>" + P3 + "<br><br>" + P4 + "</div></div>");
        assertEquals(1, drafts.size());
        assertEquals(List.of(P1, P2, P3, P4), drafts.get(0).paragraphs());
    }

    @Test
    void headlineBylineShareBarNewsletterAndOtherStoriesStayOutOfTheBody() {
        List<ArticleDraft> drafts = extract("<main><article><header><h1>" + TITLE + "</h1>"
                + "<p class='byline'>By Maria Lindqvist, Environment Correspondent</p>"
                + "<p>Updated 9:14 am, Tuesday, March 5, 2024</p></header>"
                + "<div class='share-bar'><a>Share on Facebook</a><a>Share on Twitter</a><a>Email</a></div>"
                + "<div class='body'><p>" + TITLE + "</p><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='newsletter-signup'><p>Sign up for our daily newsletter and get the top stories from the valley "
                + "in your inbox every morning.</p></div><p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<h3>You may also like</h3><ul><li><a href='/a'>Ferry fares rise again as fuel costs climb</a></li>"
                + "<li><a href='/b'>Harbour to get a new crane for the north quay</a></li></ul></div></article></main>");
        assertWholeStory(drafts);
    }

    @Test
    void aBodyRepeatedAsOneHiddenBlockIsReadOnce() {
        List<ArticleDraft> drafts = extract("<div class='story'><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p><div>" + P1 + " " + P2 + " " + P3 + " " + P4 + "</div></div>");
        assertWholeStory(drafts);
    }

    @Test
    void severalWholeStoriesOnOnePageStaySeparate() {
        String second = "The regional ferry company will add a second evening crossing to the island from June, its director "
                + "told shareholders at the annual meeting in the harbour hall.";
        String third = "Tickets for the new crossing go on sale in April, and islanders with a season pass will pay the same "
                + "fare as for the morning boats, the company said.";
        List<ArticleDraft> drafts = extract("<article><h2>" + TITLE + "</h2><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<article><h2>Ferry company adds an evening crossing</h2><p>" + second + "</p><p>" + third + "</p></article>");
        assertEquals(2, drafts.size());
        assertEquals(TITLE, drafts.get(0).title());
        assertEquals(List.of(P1, P2), drafts.get(0).paragraphs());
        assertEquals("Ferry company adds an evening crossing", drafts.get(1).title());
        assertEquals(List.of(second, third), drafts.get(1).paragraphs());
        assertFalse(drafts.get(1).paragraphs().contains(P1));
        assertTrue(drafts.get(0).url().isEmpty(), "a page of several stories has no one URL");
    }
}
