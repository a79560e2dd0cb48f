package org.annalist.extract.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.annalist.model.text.Regex;

/**
 * Reads CoNLL-2003-style files: one token per line, its tag in the last column (IOB1 or IOB2:
 * {@code I-PER}, {@code B-LOC}, {@code O}), blank lines between sentences, {@code -DOCSTART-} lines
 * between documents. Types PER, LOC and ORG become PERSON, LOCATION and ORGANIZATION; MISC is
 * dropped unless asked for.
 */
public final class ConllReader {
  private ConllReader() { }

  public static List<NameSample> read(List<Path> files, boolean keepMisc) throws IOException {
    List<NameSample> out = new ArrayList<>();
    for (Path f : files) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
          flush(tokens, tags, keepMisc, out, l.startsWith("-DOCSTART-"));
          continue;
        }
        String[] cols = Regex.split(l, "\\s+");
        if (cols.length < 2) {
          throw new IOException(f + ": expected 'token tag', got: " + line);
        }
        tokens.add(cols[0]);
        tags.add(cols[cols.length - 1]);
      }
      flush(tokens, tags, keepMisc, out, true);
    }
    return out;
  }

  private static void flush(List<String> tokens, List<String> tags, boolean keepMisc, List<NameSample> out,
      boolean newDocument) {
    if (tokens.isEmpty()) {
      return;
    }
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.length() > 2 ? tag.substring(2) : null;
      boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !t.equals(type));
      if (start >= 0 && (tag.equals("O") || begins)) {
        String mapped = map(type, keepMisc);
        if (mapped != null) {
          spans.add(new Span(start, i, mapped));
        }
        start = -1;
        type = null;
      }
      if (begins) {
        start = i;
        type = t;
      }
    }
    out.add(new NameSample(tokens.toArray(new String[0]), spans.toArray(new Span[0]), newDocument));
    tokens.clear();
    tags.clear();
  }

  private static String map(String conll, boolean keepMisc) {
    switch (conll.toUpperCase(Locale.ROOT)) {
      case "PER": return "PERSON";
      case "LOC": return "LOCATION";
      case "ORG": return "ORGANIZATION";
      case "MISC": return keepMisc ? "MISC" : null;
      default: return null;
    }
  }
}
