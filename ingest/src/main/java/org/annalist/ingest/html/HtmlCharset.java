package org.annalist.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding a page declares in its first bytes ({@code <meta charset>}, the
 * {@code http-equiv} form, or an XML declaration), as the HTML standard's prescan finds it.
 */
final class HtmlCharset {
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META = Pattern.compile(
      "(?i)<meta\\s[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]{1,40})");
  private static final Pattern XML_DECLARATION = Pattern.compile(
      "^\\s*<\\?xml\\s[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private HtmlCharset() {
  }

  static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    Matcher x = XML_DECLARATION.matcher(head);
    String name = m.find() ? m.group(1) : x.find() ? x.group(1) : null;
    if (name == null) {
      return Optional.empty();
    }
    try {
      Charset cs = Charset.forName(name);
      // a UTF-16 declaration in bytes readable as ASCII is wrong by definition; the standard reads UTF-8
      return Optional.of(cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
