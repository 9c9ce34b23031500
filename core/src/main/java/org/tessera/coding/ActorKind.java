package org.tessera.coding;

/** What sort of dictionary name matched, which decides the role an actor gets when no title says otherwise. */
public enum ActorKind {
    /** "Russia", "the United States": the country itself, role left empty. */
    COUNTRY,
    /** "Russian", "Belarusians": a modifier that needs a head noun to be an actor, or a people when it is the head. */
    ADJECTIVE,
    /** "Moscow", "the Kremlin": a seat of power standing for the government. */
    CAPITAL,
    /** "the EU", "NATO": an organisation, with the role its dictionary row gives. */
    ORGANISATION,
    /** "Sergei Lavrov": a person from the people dictionary, date-ranged. */
    PERSON
}
