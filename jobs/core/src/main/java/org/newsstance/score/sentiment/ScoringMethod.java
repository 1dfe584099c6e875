package org.newsstance.score.sentiment;

import java.util.Locale;

/** How a {@link MentionSentiment} was computed; its {@link #id()} is written to the output. */
public enum ScoringMethod {
  /** The trained target-dependent classifier over a parsed sentence (the default). */
  CLASSIFIER,
  /**
   * Raw RNTN: the distribution of the lowest tree node above the mention that also covers a verb
   * (the clause the mention is subject or object of). A baseline.
   */
  RNTN_CLAUSE,
  /** Raw RNTN: the sentence root's distribution, the same for every mention. A baseline. */
  RNTN_ROOT,
  /**
   * The sentence has no parse (longer than the parser's cap): a classifier over the words around
   * the mention only (lexicon, negation, lemmas), trained for this case.
   */
  FALLBACK_UNPARSED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ScoringMethod fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
