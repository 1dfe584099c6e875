package org.newsstance.segment;

import java.util.Locale;

/** What a block of text is. Every block is a row of {@code paragraphs}, whatever its kind. */
public enum BlockKind {
  BODY,
  HEADING,
  LIST_ITEM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
