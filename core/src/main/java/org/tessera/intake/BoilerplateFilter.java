package org.tessera.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops site chrome from a list of paragraphs: navigation labels, share buttons, donation and
 * newsletter blocks, comment widgets, cookie notices, copyright lines and link lists. It works on
 * paragraphs, not markup, so it serves both scraped text dumps and paragraphs taken from HTML.
 */
public final class BoilerplateFilter {
    /** Whole-line labels that are never prose (compared lower-cased, trailing ':' removed). */
    private static final Set<String> CHROME_LINES = Set.of(
            "connect with us", "continue reading", "read more", "read next", "comments", "comment", "click to comment",
            "leave a reply", "leave a comment", "notify of", "subscribe", "avatar", "advertisement", "advertisements",
            "sponsored", "latest", "latest news", "trending", "popular", "most read", "most popular", "related",
            "related topics", "related posts", "related articles", "related stories", "you may also like",
            "more stories", "recommended", "share", "share this", "share this article", "share this story", "tweet",
            "email", "print", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
            "skip to content", "skip to main content", "menu", "search", "site search", "home", "sign in", "log in",
            "login", "register", "quick donate", "donate", "euro", "publications", "staff picks", "tags", "topics",
            "newsletter", "follow us", "next", "previous", "next article", "previous article", "back to top",
            "top stories", "editor's picks", "editors' picks", "watch", "listen", "video", "photos", "loading...",
            "privacy policy", "terms of use", "terms of service", "contact us", "about us", "accept", "accept all",
            "cookie settings", "manage cookies", "load more", "show more", "see more", "view comments", "reply",
            "published", "on", "updated", "posted", "by");

    private static final Pattern CHROME_PATTERN = Pattern.compile(String.join("|",
            "^liked it\\? take a second to support",
            "^remember to (please )?subscribe",
            "^follow (us|the .{1,40}) on ",
            "^(please )?subscribe to (our|the)\\b",
            "^sign up (for|to) (our|the)\\b",
            "^amount to donate",
            "^validating payment information",
            "^waiting for paypal",
            "^your donations? ",
            "^donate a quick",
            "^join our (youtube|telegram|facebook)",
            "^the .{1,40} newsletter$",
            "^share (this|on|via)\\b",
            "^(©|\\(c\\)|copyright\\b)",
            "all rights reserved",
            "\\b(we|this (web)?site) uses? cookies\\b",
            "\\bby (continuing|using) (to (use|browse) )?this (web)?site\\b",
            "^\\d[\\d,.]*\\s*(k\\s*)?(views?|comments?|shares?|likes?|reads?)$",
            "\\d+\\s+(second|minute|hour|day|week|month|year)s?\\s+ago$",
            "^\\d+ results? found",
            "^(photo|image|picture|credit)s?:",
            "^via \\S+$",
            "^tags?:",
            "^(related|read more|see also|also read|read also|more):\\s",
            "^filed under:"), Pattern.CASE_INSENSITIVE);

    /** A machine timestamp: markup metadata that leaked into the text. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** A byline or dateline block: "By Ann Lee, Staff Writer", "Updated 5:27 am, Nov. 20". */
    private static final Pattern BYLINE = Pattern.compile(
            "^(by\\s+\\p{Lu}[^.!?]*$|(updated|published|posted|last (updated|modified))\\b)", Pattern.CASE_INSENSITIVE);
    /** The heading of a list of other stories under a body. */
    private static final Pattern MORE_STORIES = Pattern.compile("^(you (may|might) (also )?(like|enjoy)|related( stories| articles| posts"
            + "| coverage| content| reading)?|more (stories|from|on this)|recommended( for you| stories| reading)?|read next"
            + "|most (read|popular)|trending( now)?|want more stories like this|popular (stories|posts|now)|latest (news|stories))\\W*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”»’')]$");

    /** True when the paragraph on its own is certainly chrome, wherever it stands. */
    public boolean isChrome(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || !LETTER.matcher(p).find()) return true;
        String key = p.toLowerCase(Locale.ROOT).replaceAll("[:|»›>]+$", "").strip();
        if (CHROME_LINES.contains(key)) return true;
        if (key.startsWith("disclaimer:")) return true;
        return p.length() < 300 && CHROME_PATTERN.matcher(p).find();
    }

    /**
     * Keeps prose paragraphs and the headings between them; drops chrome lines and runs of short
     * link-like lines (three or more in a row), which are menus and teaser lists, not text.
     */
    public List<String> filter(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            String s = stripBullet(p.strip());
            if (!isChrome(s)) kept.add(s);
        }
        List<String> out = new ArrayList<>(kept.size());
        int i = 0;
        while (i < kept.size()) {
            int j = i;
            while (j < kept.size() && isLinkLike(kept.get(j))) j++;
            if (j - i >= 3) {
                i = j; // a run of short label lines is navigation or a list of links
                continue;
            }
            for (int k = i; k < Math.max(j, i + 1) && k < kept.size(); k++) out.add(kept.get(k));
            i = Math.max(j, i + 1);
        }
        // Short lines at the very end (author names, tags, section labels) are page furniture.
        while (!out.isEmpty() && isLinkLike(out.get(out.size() - 1)) && out.size() > 1) out.remove(out.size() - 1);
        return out;
    }

    /**
     * For a body an extractor has already cut out of its page: drops chrome lines, bare links and
     * timestamps, and lines said twice (captions and pull quotes repeat the text), but keeps short
     * lines, which there are subheadings, list items and table cells of the story.
     */
    public List<String> filterLight(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        Set<String> seen = new java.util.HashSet<>();
        int total = 0;
        for (String p : paragraphs) total += p.length();
        int before = 0;
        for (String p : paragraphs) {
            String s = stripBullet(p.strip());
            before += p.length();
            // "You may also like", "More stories": what follows in the last part of a body is other stories.
            if (s.length() <= 60 && MORE_STORIES.matcher(s).matches() && before * 2 >= total && !out.isEmpty()) break;
            if (isChrome(s) || TIMESTAMP.matcher(s).matches() || s.length() <= 100 && BYLINE.matcher(s).find()) continue;
            if (s.length() >= 40 && !seen.add(s) || repeatsEarlierParagraphs(s, out)) continue;
            out.add(s);
        }
        return out;
    }

    /** A second copy of the text run together into one block (hidden print and feed copies). */
    private static boolean repeatsEarlierParagraphs(String p, List<String> earlier) {
        if (p.length() < 200) return false;
        int inside = 0;
        for (String q : earlier) {
            if (q.length() >= 40 && p.contains(q) && ++inside >= 2) return true;
        }
        return false;
    }

    /** A short line with no sentence punctuation: a menu entry, tag, name or teaser link. */
    static boolean isLinkLike(String p) {
        String s = p.strip();
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        return words <= 6 && s.length() <= 60 && !SENTENCE_END.matcher(s).find();
    }

    private static String stripBullet(String p) {
        return p.replaceFirst("^[•·▪●◦‣∙*]\\s*", "");
    }
}
