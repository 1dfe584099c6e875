package org.newsstance.score.sentiment.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * How well held-out scores separate two targets of one sentence that the gold labels call positive
 * and negative: the pairs where the positive target scores higher, and those where the two scores
 * even have opposite signs. Macro-F1 cannot show this: most sentences give all their targets one
 * tone, so a sentence-level model scores well on it while blind to targets.
 *
 * @param pairs (positive, negative) target pairs from one sentence
 * @param ordered pairs where the positive target's score is higher
 * @param oppositeSigns pairs scored positive and negative respectively
 */
record Contrast(int pairs, int ordered, int oppositeSigns) {

  static Contrast of(List<LogisticTrainer.Example> examples, double[] scores) {
    Map<Integer, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      bySentence.computeIfAbsent(examples.get(i).group(), g -> new ArrayList<>()).add(i);
    }
    int pairs = 0;
    int ordered = 0;
    int opposite = 0;
    for (List<Integer> sentence : bySentence.values()) {
      for (int p : sentence) {
        for (int n : sentence) {
          if (examples.get(p).gold() == SentimentLabel.POSITIVE
              && examples.get(n).gold() == SentimentLabel.NEGATIVE) {
            pairs++;
            ordered += scores[p] > scores[n] ? 1 : 0;
            opposite += scores[p] > 0 && scores[n] < 0 ? 1 : 0;
          }
        }
      }
    }
    return new Contrast(pairs, ordered, opposite);
  }

  String render() {
    return String.format(
        Locale.ROOT,
        "contrast pairs %d: ordered %.2f, opposite signs %.2f",
        pairs,
        pairs == 0 ? 0 : (double) ordered / pairs,
        pairs == 0 ? 0 : (double) oppositeSigns / pairs);
  }
}
