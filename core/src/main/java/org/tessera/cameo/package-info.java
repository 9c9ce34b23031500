/**
 * The CAMEO event codebook (version 1.1b3): every event code with its name, Goldstein scale value
 * and GDELT quad class, loaded from our data file {@code cameo-codes.tsv}; and PLOVER's reading of
 * those codes (event type, mode, context), from our data file {@code plover-crosswalk.tsv}. Knows
 * nothing about text; the coder asks it to turn a code into a full {@link org.tessera.model.CameoCode},
 * the writers ask it for an event's {@link org.tessera.cameo.PloverReading}.
 */
package org.tessera.cameo;
