/**
 * The store benchmark ({@code tessera bench-store}): seeded synthetic news with the shape of real
 * coded news (weighted countries and dyads, CAMEO roots, modalities, reposts), generated straight
 * into the store through its own writer so that the rows are those an ingest would write, then
 * the API and the dashboard's first screen timed over HTTP on 127.0.0.1. The distributions live
 * in {@code synthetic-news.tsv}; nothing here touches CoreNLP.
 */
package org.tessera.storebench;
