package org.tessera.model;

/**
 * A normalised time expression found by SUTime: tokens [start, end) of its sentence, the words,
 * its TIMEX3 type (DATE, TIME, DURATION, SET) and normalised value ("2016-04-15", "2016-W20", "PRESENT_REF").
 */
public record TimeExpression(int start, int end, String text, String type, String value) {
}
