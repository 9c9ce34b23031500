package org.tessera.coding;

/**
 * What a head noun that is no role word says about its phrase; the words are in
 * {@code head-nouns.tsv}, whose header explains each class.
 */
enum HeadNounClass {
    /** "Israeli tanks", "Russian aircraft": a weapon or unit of war stands for its country's military when it acts. */
    WAR_MACHINE,
    /** "thousands of", "a group of": a count of people is the actor of its "of" complement. */
    COLLECTIVE,
    /** "the Obama administration", "Putin's cabinet": a government named by its leader is his country's. */
    LEADERS_GOVERNMENT,
    /** "the Russian language": a nationality on a language names the language, not its people. */
    TONGUE;

    static final String RESOURCE = "org/tessera/coding/head-nouns.tsv";
}
