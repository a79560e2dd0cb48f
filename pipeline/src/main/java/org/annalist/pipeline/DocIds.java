package org.annalist.pipeline;

import java.util.Set;

/**
 * Document ids: the file name without its extension, made unique with {@code ~2}, {@code ~3}, ... in
 * the order the inputs are listed. Both runners give ids this way, so their tables agree.
 */
public final class DocIds {
  private DocIds() { }

  /** The file name without its last extension ("a.b.txt" -> "a.b"; ".txt" stays ".txt"). */
  public static String base(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** {@code base}, or the first {@code base~n} not in {@code taken}; adds the result to {@code taken}. */
  public static String unique(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "~" + n;
    }
    taken.add(id);
    return id;
  }
}
