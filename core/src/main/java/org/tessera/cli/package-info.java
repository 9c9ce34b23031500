/**
 * The command line: one thin picocli command class per verb over {@link org.tessera.cli.TesseraCli},
 * which maps outcomes to exit codes (0 ok, 1 some inputs failed, 2 bad usage). Commands parse
 * options and call the pipeline, store or server; no logic lives here.
 */
package org.tessera.cli;
