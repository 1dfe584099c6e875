package org.newsstance.score.tone;

import java.io.Serializable;

/**
 * The plain tone of a stretch of text, as GDELT reports it: positive minus negative opinion words
 * per hundred words, with no target and no negation handling. Context for the per-actor scores, not
 * a substitute for them.
 *
 * @param positiveWords words the news lexicon marks positive
 * @param negativeWords words it marks negative
 * @param words tokens holding at least one letter
 */
public record Tone(int positiveWords, int negativeWords, int words) implements Serializable {
  public static final Tone NONE = new Tone(0, 0, 0);

  /** (positive - negative) / words × 100; 0 for a text without words. */
  public double value() {
    return words == 0 ? 0.0 : 100.0 * (positiveWords - negativeWords) / words;
  }

  public Tone plus(Tone other) {
    return new Tone(
        positiveWords + other.positiveWords,
        negativeWords + other.negativeWords,
        words + other.words);
  }
}
