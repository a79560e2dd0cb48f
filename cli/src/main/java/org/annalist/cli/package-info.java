/**
 * The command line: picocli commands ({@code run}, {@code evaluate}, {@code train-ner}) and the
 * wiring of the stages. {@link org.annalist.cli.Main} is the only place that exits the JVM;
 * every command returns an exit code from {@code call()}.
 *
 * <p>Exit codes: 0 done (some inputs may be listed in errors.csv), 1 no input could be processed,
 * 2 the command line is wrong, 3 the output could not be written.
 */
package org.annalist.cli;
