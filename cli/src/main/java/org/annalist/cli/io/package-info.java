/**
 * Output at the edge of a run: the output folder, written beside its target and swapped in atomically
 * only when complete.
 */
package org.annalist.cli.io;
