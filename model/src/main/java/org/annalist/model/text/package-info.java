/**
 * Small text utilities that extraction and canonicalization share. {@link org.annalist.model.text.Regex}
 * runs a regular expression written inline without compiling it at every call, as
 * {@code String.matches} and {@code String.replaceAll} do.
 */
package org.annalist.model.text;
