/**
 * Scoring coded events against hand-coded gold entries (the format of
 * {@code shared/gold/dev-events.jsonl}): quote inside the predicted sentence, root among the
 * accepted roots, actors among the accepted countries, and only predictions that say the event
 * happened (asserted or reported) counted; with a {@link org.tessera.eval.Breakdown} of where the
 * misses lie (per root, per PLOVER category, confused roots, silent sentences). Pure functions
 * over records; coding the files is the CLI's job.
 */
package org.tessera.eval;
