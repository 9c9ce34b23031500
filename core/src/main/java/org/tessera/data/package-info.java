/**
 * Reading our own knowledge files: tab-separated text, one entry a line, {@code #} comments.
 * Owns nothing but the line format and its error reporting (file and line number on every
 * problem); what the columns mean belongs to the packages that load them.
 */
package org.tessera.data;
