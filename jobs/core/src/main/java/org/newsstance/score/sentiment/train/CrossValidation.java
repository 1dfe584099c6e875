package org.newsstance.score.sentiment.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsstance.score.eval.ClassificationMetrics;
import org.newsstance.score.sentiment.LinearModel;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * k-fold cross-validation over training examples, with folds drawn by sentence (the targets of one
 * sentence share a fold, or the model would be tested on the sentence it was trained on) from a
 * fixed seed.
 */
final class CrossValidation {
  private final int folds;
  private final int[] foldOfExample;

  /**
   * @param groups the sentence of each example
   */
  CrossValidation(List<Integer> groups, int folds, long seed) {
    this.folds = folds;
    List<Integer> distinct = new ArrayList<>(new TreeSet<>(groups));
    Collections.shuffle(distinct, new Random(seed));
    int[] foldOfGroup = new int[distinct.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
    for (int i = 0; i < distinct.size(); i++) {
      foldOfGroup[distinct.get(i)] = i % folds;
    }
    foldOfExample = groups.stream().mapToInt(g -> foldOfGroup[g]).toArray();
  }

  /**
   * Figures of one candidate: per-fold macro-F1, the pooled metrics of all held-out folds, and how
   * it tells apart a positive and a negative target of the same sentence.
   */
  record Result(double[] foldMacroF1, ClassificationMetrics pooled, Contrast contrast) {
    double mean() {
      double sum = 0;
      for (double f : foldMacroF1) {
        sum += f;
      }
      return sum / foldMacroF1.length;
    }

    double standardDeviation() {
      double mean = mean();
      double sum = 0;
      for (double f : foldMacroF1) {
        sum += (f - mean) * (f - mean);
      }
      return Math.sqrt(sum / Math.max(1, foldMacroF1.length - 1));
    }

    String render() {
      return String.format(
          Locale.ROOT,
          "macro-F1 %.3f ± %.3f (pooled %.3f, accuracy %.3f) %s",
          mean(),
          standardDeviation(),
          pooled.macroF1(),
          pooled.accuracy(),
          contrast.render());
    }
  }

  /** Trains on k-1 folds and tests on the held-out one, k times. */
  Result run(
      List<LogisticTrainer.Example> examples,
      Function<List<LogisticTrainer.Example>, LinearModel> train) {
    double[] foldMacroF1 = new double[folds];
    ClassificationMetrics pooled = new ClassificationMetrics();
    double[] heldOutScore = new double[examples.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<LogisticTrainer.Example> training = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (foldOfExample[i] != fold) {
          training.add(examples.get(i));
        }
      }
      LinearModel model = train.apply(training);
      ClassificationMetrics metrics = new ClassificationMetrics();
      for (int i = 0; i < examples.size(); i++) {
        if (foldOfExample[i] != fold) {
          continue;
        }
        LogisticTrainer.Example example = examples.get(i);
        double[] p = model.probabilities(example.features());
        heldOutScore[i] =
            p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()];
        SentimentLabel predicted = argmax(p);
        metrics.add(example.gold(), predicted);
        pooled.add(example.gold(), predicted);
      }
      foldMacroF1[fold] = metrics.macroF1();
    }
    return new Result(foldMacroF1, pooled, Contrast.of(examples, heldOutScore));
  }

  static SentimentLabel argmax(double[] p) {
    return org.newsstance.score.sentiment.MentionSentiment.of(p, "cv").sentimentLabel();
  }
}
