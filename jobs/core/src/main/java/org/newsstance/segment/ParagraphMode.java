package org.newsstance.segment;

import java.util.Locale;

/** How a document's text is cut into paragraphs. */
public enum ParagraphMode {
  /** Paragraphs are separated by blank lines; headings and list items are recognised. */
  BLANK_LINE,
  /**
   * Every non-blank line is a paragraph, with no heading or list detection: corpora such as PerSenT
   * store one paragraph per line, and their per-paragraph labels count those lines.
   */
  LINE;

  public static ParagraphMode parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
