package org.newsstance.score.sentiment;

/**
 * How one sentence portrays one mention: a distribution over the three classes (summing to 1) and
 * the method that produced it.
 *
 * @param method {@code classifier}, {@code rntn_clause}, {@code rntn_root}, {@code
 *     fallback_unparsed} (see {@link ScoringMethod})
 */
public record MentionSentiment(double negative, double neutral, double positive, String method) {

  public MentionSentiment {
    double sum = negative + neutral + positive;
    if (!(sum > 0) || negative < 0 || neutral < 0 || positive < 0) {
      throw new IllegalArgumentException(
          "not a distribution: " + negative + "/" + neutral + "/" + positive);
    }
    negative /= sum;
    neutral /= sum;
    positive /= sum;
  }

  /** From probabilities in {@link SentimentLabel} order. */
  public static MentionSentiment of(double[] distribution, String method) {
    return new MentionSentiment(distribution[0], distribution[1], distribution[2], method);
  }

  /** Positive minus negative, in [-1, 1]: the signed strength of the portrayal. */
  public double score() {
    return positive - negative;
  }

  /** The most probable class (ties go to neutral, then negative). */
  public SentimentLabel sentimentLabel() {
    if (neutral >= negative && neutral >= positive) {
      return SentimentLabel.NEUTRAL;
    }
    return negative >= positive ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
  }

  /** {@code negative|neutral|positive}. */
  public String label() {
    return sentimentLabel().id();
  }

  /** The probability of the predicted class. */
  public double confidence() {
    return Math.max(negative, Math.max(neutral, positive));
  }
}
