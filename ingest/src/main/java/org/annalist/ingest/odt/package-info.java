/** OpenDocument text (ODT), read with the JDK's streaming XML parser in its secure settings. */
package org.annalist.ingest.odt;
