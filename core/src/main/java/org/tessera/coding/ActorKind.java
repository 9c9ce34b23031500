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
    PERSON,
    /**
     * "Hamas", "Amnesty International", "Labour", "the Bundestag": an armed group, NGO, business,
     * medium, party or state body of {@code groups.tsv} or {@code domestic-bodies.tsv}, with its
     * country (or its own code) and type, date-ranged where it changed (a party in government).
     */
    GROUP;

    /** An organisation or group: a body, which marks a phrase before a country does and hides the role words of its name. */
    boolean isBody() {
        return this == ORGANISATION || this == GROUP;
    }
}
