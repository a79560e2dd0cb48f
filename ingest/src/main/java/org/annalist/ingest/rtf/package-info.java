/** RTF, read with the JDK's Swing RTF kit; light, and enough for the text of simple RTF files. */
package org.annalist.ingest.rtf;
