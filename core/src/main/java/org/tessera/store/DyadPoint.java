package org.tessera.store;

import java.time.LocalDate;

/**
 * One period of a dyad's time series: events from {@code source} to {@code target} (the actor
 * arguments as given) that began in the period, asserted or reported only.
 *
 * @param period       first day of the period (a Monday for weeks)
 * @param q1           verbal cooperation events
 * @param q2           material cooperation
 * @param q3           verbal conflict
 * @param q4           material conflict
 * @param meanGoldstein mean Goldstein value of the period's events
 * @param sumGoldstein  summed Goldstein value
 */
public record DyadPoint(LocalDate period, String source, String target, long q1, long q2, long q3, long q4,
                        long total, double meanGoldstein, double sumGoldstein) {
}
