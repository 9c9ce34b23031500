package org.tessera.intake;

import org.tessera.model.PartialDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date of an article in the text around its headline and byline.
 * Dates deeper in the body are usually the dates of the events reported, so only the top of
 * the text is searched, and dates right after a "Published"/"Updated"/"Posted" marker win.
 */
public final class PublicationDateFinder {
    /** How far into the text a date may stand and still be taken for the publication date. */
    private static final int TOP_CHARS = 600;
    /** How far after a marker ("Published on") a date may follow. */
    private static final int MARKER_REACH = 60;

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** Korean style "2021. 9. 27." and "2021.09.27". */
    private static final Pattern YEAR_DOT = Pattern.compile("\\b(\\d{4})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?:\\.|\\b)");
    private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    /** European "21.09.2021" and "21/09/2021" (the slash form only when unambiguous or day-first). */
    private static final Pattern DAY_DOT = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern MARKER = Pattern.compile(
            "\\b(published|updated|posted|last modified|date|released|first published)\\b\\s*(?:on|at|:)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(published|updated|posted)\\b[\\s\\S]{0,20}?\\b\\d+\\s+(second|minute|hour|day|week|month)s?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);

    private record Found(int start, PartialDate date) { }

    /** The publication date in the top of {@code text}, if one is there. */
    public Optional<PartialDate> find(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        List<Found> all = allDates(text);
        if (all.isEmpty()) return Optional.empty();
        // A date right after a marker is the strongest signal, wherever it stands in the header.
        Matcher m = MARKER.matcher(text);
        while (m.find() && m.start() < TOP_CHARS * 2) {
            for (Found f : all) {
                if (f.start() >= m.end() && f.start() - m.end() <= MARKER_REACH
                        && plainGap(text.substring(m.end(), f.start()))) return Optional.of(f.date());
            }
        }
        // "Published 2 hours ago": the page dated itself relative to a fetch time we don't know.
        Matcher rel = RELATIVE.matcher(text);
        if (rel.find() && rel.start() < TOP_CHARS) return Optional.empty();
        for (Found f : all) {
            if (f.start() >= TOP_CHARS) break;
            // A date on a short line of its own is a dateline; one inside a sentence is an event date
            // unless it is at the very top.
            if (f.start() < 150 || lineLength(text, f.start()) <= 100) return Optional.of(f.date());
        }
        return Optional.empty();
    }

    /** The stretch between a marker and its date holds no relative time and no body text. */
    private static boolean plainGap(String gap) {
        return !gap.toLowerCase(Locale.ROOT).contains(" ago") && gap.chars().filter(c -> c == '\n').count() <= 4
                && gap.strip().length() <= 30;
    }

    private static int lineLength(String text, int at) {
        int s = text.lastIndexOf('\n', at) + 1;
        int e = text.indexOf('\n', at);
        return (e < 0 ? text.length() : e) - s;
    }

    /**
     * Parses a date value from metadata (a meta tag, JSON-LD, a feed): ISO timestamps first,
     * then any of the free-text forms.
     */
    public Optional<PartialDate> parseValue(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                return sane(PartialDate.of(OffsetDateTime.parse(v, f).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return sane(PartialDate.of(ZonedDateTime.parse(v).toLocalDate()));
        } catch (DateTimeParseException ignored) {
            // fall through to free text
        }
        List<Found> all = allDates(v);
        if (!all.isEmpty()) return Optional.of(all.get(0).date());
        if (v.matches("\\d{4}")) return PartialDate.parse(v).flatMap(PublicationDateFinder::sane);
        return Optional.empty();
    }

    private static List<Found> allDates(String text) {
        List<Found> out = new ArrayList<>();
        collect(out, ISO.matcher(text), 1, 2, 3, false);
        collect(out, YEAR_DOT.matcher(text), 1, 2, 3, false);
        collect(out, KOREAN.matcher(text), 1, 2, 3, false);
        collect(out, MONTH_DAY_YEAR.matcher(text), 3, 1, 2, true);
        collect(out, DAY_MONTH_YEAR.matcher(text), 3, 2, 1, true);
        Matcher m = DAY_DOT.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int y = Integer.parseInt(m.group(4));
            // Dots are day-first everywhere they are used; slashes only when the day is unambiguous.
            boolean slash = "/".equals(m.group(2));
            int day = a;
            int month = b;
            if (slash && b > 12 && a <= 12) {
                day = b;
                month = a;
            } else if (slash && a <= 12) {
                continue;
            }
            date(y, month, day).ifPresent(d -> out.add(new Found(m.start(), d)));
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static void collect(List<Found> out, Matcher m, int yearGroup, int monthGroup, int dayGroup, boolean monthName) {
        while (m.find()) {
            int year = Integer.parseInt(m.group(yearGroup));
            int month = monthName ? monthOf(m.group(monthGroup)) : Integer.parseInt(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            date(year, month, day).ifPresent(d -> out.add(new Found(m.start(), d)));
        }
    }

    private static int monthOf(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(n.substring(0, 3))) return month.getValue();
        }
        return 0;
    }

    private static Optional<PartialDate> date(int year, int month, int day) {
        try {
            return sane(PartialDate.of(LocalDate.of(year, month, day)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Years outside this window are page furniture (copyright ranges, ids), not news dates. */
    private static Optional<PartialDate> sane(PartialDate d) {
        return d.year() >= 1900 && d.year() <= 2100 ? Optional.of(d) : Optional.empty();
    }
}
