package org.newsstance.score.sentiment;

import java.util.Locale;

/** The three classes the product reports, in the order every distribution array uses. */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The lower-case name written to tables and JSON: {@code negative|neutral|positive}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SentimentLabel fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * NewsMTSC's polarity scale: 2 negative, 4 neutral, 6 positive (1–3 and 5–7 in the raw
   * annotations fold the same way).
   */
  public static SentimentLabel fromNewsMtscPolarity(double polarity) {
    if (polarity < 3.5) {
      return NEGATIVE;
    }
    return polarity > 4.5 ? POSITIVE : NEUTRAL;
  }
}
