/**
 * Immutable data records that flow through Tessera: raw documents, cleaned articles, annotated
 * sentences, actors, CAMEO actions and coded events. Records here validate their own invariants
 * and hold no behaviour beyond small derived views; every other package depends on this one and
 * this one depends on nothing but the JDK.
 */
package org.tessera.model;
