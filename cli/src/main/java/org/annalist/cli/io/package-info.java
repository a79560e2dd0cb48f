/**
 * Input and output at the edges of a run: finding and decoding input documents (with one error row
 * per bad input) and replacing the output folder atomically.
 */
package org.annalist.cli.io;
