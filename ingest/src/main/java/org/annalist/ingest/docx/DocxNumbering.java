package org.annalist.ingest.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.annalist.ingest.ListNumbers;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The numbers Word shows in front of list paragraphs, which the file does not store: Word counts
 * them from the numbering definitions. Each list instance ({@code numId}) counts on its own, per
 * level; an item resets the levels below it. A level's format (decimal, Roman, letters) and its
 * text pattern ("%1.", "%1.%2.") come from the abstract numbering, with the instance's start
 * overrides. Bullets have no number, and so no label. Numbering can sit on the paragraph or on its
 * style. One instance per document, used in reading order; not thread-safe.
 */
final class DocxNumbering {
  private static final int LEVELS = 9;
  private static final int MAX_STYLE_CHAIN = 10;

  private final XWPFNumbering numbering;
  private final XWPFStyles styles;
  private final Map<BigInteger, int[]> counters = new HashMap<>();

  DocxNumbering(XWPFDocument doc) {
    this.numbering = doc.getNumbering();
    this.styles = doc.getStyles();
  }

  /**
   * The label to put before a paragraph, with its trailing space ("2. ", "iv) "), if numbered. A
   * numbering definition with values out of range (XmlBeans reports them as
   * {@link IllegalArgumentException}) shows no number rather than costing the document.
   */
  Optional<String> label(XWPFParagraph p) {
    try {
      return computeLabel(p);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<String> computeLabel(XWPFParagraph p) {
    if (numbering == null) {
      return Optional.empty();
    }
    CTNumPr numPr = numPr(p);
    if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null) {
      return Optional.empty();
    }
    BigInteger numId = numPr.getNumId().getVal();
    int level = numPr.getIlvl() != null && numPr.getIlvl().getVal() != null
        ? Math.min(LEVELS - 1, Math.max(0, numPr.getIlvl().getVal().intValue())) : 0;
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return Optional.empty(); // numId 0 and dangling references mean "no numbering"
    }
    XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abs == null || abs.getAbstractNum() == null) {
      return Optional.empty();
    }
    CTLvl[] levels = levels(abs.getAbstractNum(), num);
    CTLvl lvl = levels[level];
    if (lvl == null || isBullet(lvl)) {
      return Optional.empty();
    }
    int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
    count[level] = count[level] == 0 ? start(lvl, num, level) : count[level] + 1;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      count[deeper] = 0;
    }
    String pattern = lvl.getLvlText() != null && lvl.getLvlText().getVal() != null
        ? lvl.getLvlText().getVal() : "%" + (level + 1) + ".";
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
        int k = pattern.charAt(++i) - '1';
        CTLvl shown = levels[k];
        int n = count[k] != 0 ? count[k] : shown == null ? 1 : start(shown, num, k);
        label.append(shown == null ? Integer.toString(n) : format(n, shown));
      } else {
        label.append(c);
      }
    }
    String s = label.toString().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s + " ");
  }

  private CTNumPr numPr(XWPFParagraph p) {
    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) {
      return p.getCTP().getPPr().getNumPr();
    }
    if (styles == null) {
      return null;
    }
    String id = p.getStyleID();
    for (int i = 0; id != null && i < MAX_STYLE_CHAIN; i++) {
      XWPFStyle style = styles.getStyle(id);
      if (style == null) {
        return null;
      }
      CTPPrGeneral ppr = style.getCTStyle().getPPr();
      if (ppr != null && ppr.getNumPr() != null) {
        return ppr.getNumPr();
      }
      id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
    }
    return null;
  }

  /** The nine levels, an instance's own level definitions taking the place of the abstract ones. */
  private static CTLvl[] levels(CTAbstractNum abs, XWPFNum num) {
    CTLvl[] levels = new CTLvl[LEVELS];
    for (CTLvl l : abs.getLvlArray()) {
      int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
      if (i >= 0 && i < LEVELS) {
        levels[i] = l;
      }
    }
    for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
      int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
      if (i >= 0 && i < LEVELS && o.getLvl() != null) {
        levels[i] = o.getLvl();
      }
    }
    return levels;
  }

  private static int start(CTLvl lvl, XWPFNum num, int level) {
    for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
      if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getStartOverride() != null
          && o.getStartOverride().getVal() != null) {
        return o.getStartOverride().getVal().intValue();
      }
    }
    return lvl.getStart() != null && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
  }

  private static boolean isBullet(CTLvl lvl) {
    return lvl.getNumFmt() != null && lvl.getNumFmt().getVal() != null
        && "bullet".equals(lvl.getNumFmt().getVal().toString());
  }

  private static String format(int n, CTLvl lvl) {
    String fmt = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    switch (fmt) {
      case "none":
      case "bullet":
        return "";
      case "lowerRoman":
        return ListNumbers.format(n, ListNumbers.Style.LOWER_ROMAN);
      case "upperRoman":
        return ListNumbers.format(n, ListNumbers.Style.UPPER_ROMAN);
      case "lowerLetter":
        return ListNumbers.repeatedLetters(n, false);
      case "upperLetter":
        return ListNumbers.repeatedLetters(n, true);
      case "decimalZero":
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      default:
        return Integer.toString(n); // decimal, and the spelled-out styles shown as digits
    }
  }
}
