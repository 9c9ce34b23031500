/**
 * The CAMEO event codebook (version 1.1b3): every event code with its name, Goldstein scale value
 * and GDELT quad class, loaded from our data file {@code cameo-codes.tsv}. Knows nothing about
 * text; the coder asks it to turn a code into a full {@link org.tessera.model.CameoCode}.
 */
package org.tessera.cameo;
