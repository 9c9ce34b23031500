/**
 * Scoring coded events against hand-coded gold entries (the format of
 * {@code shared/gold/dev-events.jsonl}): quote inside the predicted sentence, root among the
 * accepted roots, actors among the accepted countries. Pure functions over records; reading and
 * coding the files is the CLI's job.
 */
package org.tessera.eval;
