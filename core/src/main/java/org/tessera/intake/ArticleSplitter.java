package org.tessera.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a scraped text page into its articles. Pages from news sites often carry the article
 * asked for plus the next few ("Continue Reading" teasers expanded in full), each introduced by a
 * headline, an optional standfirst, an author line and a "Published / on / date" byline block;
 * search and tag pages list "- Headline" lines each followed by the article text. Those are the
 * signals used here; a page with none of them is one article whose headline is its first line.
 */
public final class ArticleSplitter {

    /** One article as found on the page: its headline, its byline lines and its body paragraphs. */
    public record Section(String title, List<String> header, List<String> body) {
        public Section {
            header = List.copyOf(header);
            body = List.copyOf(body);
        }
    }

    private static final Pattern BYLINE_MARKER = Pattern.compile(
            "^(published|posted|updated|last updated|first published)\\b(\\s*(on|at|:)\\b?.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HARD_END = Pattern.compile(
            "^(continue reading|read more|read the full (article|story)|comments?( \\(\\d+\\))?|click to comment|leave a reply|leave a comment)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_DETAIL = Pattern.compile(
            "^(on|at|by|\\|)$|\\d{4}|\\bago$|^\\d[\\d,.]*\\s*(k\\s*)?(views?|comments?|shares?)$|\\d{1,2}:\\d{2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_TITLE = Pattern.compile("^[-–•*]\\s+\\S.*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*|de|la|le|van|von|der|den|da|di|del|bin|al|el|ibn|du");

    private final BoilerplateFilter chrome;

    public ArticleSplitter(BoilerplateFilter chrome) {
        this.chrome = chrome;
    }

    public List<Section> split(List<String> lines) {
        List<Integer> anchors = bylineAnchors(lines);
        if (!anchors.isEmpty()) return splitAtBylines(lines, anchors);
        List<Section> listing = splitListing(lines);
        if (!listing.isEmpty()) return listing;
        List<Section> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || HARD_END.matcher(lines.get(i)).matches()) {
                Section s = single(lines.subList(start, i));
                if (s != null) out.add(s);
                start = i + 1;
            }
        }
        return out;
    }

    /** Indexes of lines that open a byline block; a block's follow-up lines do not start another. */
    private static List<Integer> bylineAnchors(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() <= 80 && BYLINE_MARKER.matcher(l).matches()
                    && (out.isEmpty() || i - out.get(out.size() - 1) > 4)) out.add(i);
        }
        return out;
    }

    private List<Section> splitAtBylines(List<String> lines, List<Integer> anchors) {
        int n = anchors.size();
        int[] titleAt = new int[n];
        int[] headStart = new int[n];
        int[] bodyStart = new int[n];
        List<List<String>> headers = new ArrayList<>();
        int lowest = 0;
        for (int k = 0; k < n; k++) {
            int a = anchors.get(k);
            int lo = k == 0 ? 0 : anchors.get(k - 1) + 1;
            for (int j = a - 1; j >= lo; j--) {
                if (HARD_END.matcher(lines.get(j)).matches()) {
                    lo = j + 1;
                    break;
                }
            }
            lo = Math.max(lo, lowest);
            List<String> header = new ArrayList<>();
            int j = a - 1;
            for (int names = 0; names < 2 && j >= lo && isAuthorLike(lines.get(j)); names++, j--) header.add(lines.get(j));
            int title = findTitle(lines, j, lo);
            if (title < 0 && !header.isEmpty()) {
                // What looked like an author was a title-case headline.
                header.clear();
                title = findTitle(lines, a - 1, lo);
            }
            titleAt[k] = title;
            int start = title >= 0 ? title : a;
            // Section labels and chrome just above the headline belong to the header, not the previous body.
            while (start - 1 >= lo && start - 1 >= a - 8 && BoilerplateFilter.isLinkLike(lines.get(start - 1))) start--;
            headStart[k] = start;
            int b = a + 1;
            header.add(lines.get(a));
            while (b < lines.size() && b <= a + 4 && lines.get(b).length() <= 80
                    && BYLINE_DETAIL.matcher(lines.get(b)).find()) header.add(lines.get(b++));
            bodyStart[k] = b;
            headers.add(header);
            lowest = b;
        }
        List<Section> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int end = k + 1 < n ? headStart[k + 1] : lines.size();
            List<String> body = new ArrayList<>();
            // Standfirst and subtitle lines between headline and author are part of the text.
            if (titleAt[k] >= 0) {
                for (int i = titleAt[k] + 1; i < anchors.get(k); i++) {
                    if (!headers.get(k).contains(lines.get(i))) body.add(lines.get(i));
                }
            }
            for (int i = bodyStart[k]; i < end; i++) {
                if (HARD_END.matcher(lines.get(i)).matches()) break;
                body.add(lines.get(i));
            }
            String title = titleAt[k] >= 0 ? lines.get(titleAt[k]) : "";
            out.add(new Section(title, headers.get(k), body));
        }
        return out;
    }

    private static int findTitle(List<String> lines, int from, int lo) {
        for (int back = 0; back < 3 && from - back >= lo; back++) {
            if (isHeadline(lines.get(from - back), 3)) return from - back;
        }
        return -1;
    }

    /** Search and tag pages: "- Headline" lines, each followed by the text of that article. */
    private static List<Section> splitListing(List<String> lines) {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() <= 160 && LIST_TITLE.matcher(l).matches() && !LIST_TITLE.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).length() > Math.max(200, 2 * l.length())) titles.add(i);
        }
        if (titles.size() < 2) return List.of();
        List<Section> out = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int t = titles.get(k);
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            String title = lines.get(t).replaceFirst("^[-–•*]\\s+", "").strip();
            out.add(new Section(title, List.of(), new ArrayList<>(lines.subList(t + 1, end))));
        }
        return out;
    }

    /** A page (or a stretch of one) holding a single article: the first headline-like line is its title. */
    private Section single(List<String> lines) {
        int i = 0;
        while (i < lines.size() && chrome.isChrome(lines.get(i))) i++;
        if (i >= lines.size()) return null;
        String title = "";
        List<String> header = new ArrayList<>();
        if (isHeadline(lines.get(i), 1) && i + 1 < lines.size()) title = lines.get(i++);
        while (i < lines.size() && lines.get(i).length() <= 80
                && (BYLINE_DETAIL.matcher(lines.get(i)).find() || isAuthorLike(lines.get(i))
                || lines.get(i).toLowerCase(Locale.ROOT).startsWith("by "))) header.add(lines.get(i++));
        return new Section(title, header, new ArrayList<>(lines.subList(i, lines.size())));
    }

    /** A headline: a short line of at least {@code minWords} words that is not a finished sentence. */
    static boolean isHeadline(String line, int minWords) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 250) return false;
        int words = s.split("\\s+").length;
        if (words < minWords || words > 30) return false;
        if (s.endsWith(".") && !s.endsWith("...") || s.endsWith(",") || s.endsWith(":") || s.endsWith(";")) return false;
        return Character.isLetterOrDigit(s.codePointAt(0)) || "\"'“‘«".indexOf(s.charAt(0)) >= 0;
    }

    /** An author line: two to five name-like words ("Kester Kenn Klomegah", "Celine Emma la Cour"). */
    static boolean isAuthorLike(String line) {
        String s = line.strip().replaceFirst("(?i)^by\\s+", "");
        if (s.length() > 60) return false;
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 5) return false;
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) return false;
        }
        return true;
    }
}
