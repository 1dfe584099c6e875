package org.newsstance.score.sentiment.train;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstance.score.sentiment.FeatureGroup;
import org.newsstance.score.sentiment.LinearModel;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * Trains a {@link LinearModel} with CoreNLP's own maximum-entropy trainer (L2-regularised
 * multinomial logistic regression, quasi-Newton optimisation: deterministic for a given input
 * order). Features seen in fewer than {@link #MIN_FEATURE_COUNT} examples are dropped, which keeps
 * the model file small and stops one-off words from being memorised.
 */
final class LogisticTrainer {
  static final int MIN_FEATURE_COUNT = 3;

  /** Weights this small change no probability visibly; dropping them shrinks the file. */
  private static final double NEGLIGIBLE_WEIGHT = 1e-4;

  private LogisticTrainer() {}

  /** One training example: features, gold label, and the sentence it comes from. */
  record Example(Map<String, Double> features, SentimentLabel gold, int group) {}

  static LinearModel train(List<Example> examples, Set<FeatureGroup> groups, double sigma) {
    RVFDataset<String, String> dataset = new RVFDataset<>();
    for (Example example : examples) {
      ClassicCounter<String> counter = new ClassicCounter<>();
      example.features().forEach(counter::setCount);
      dataset.add(new RVFDatum<>(counter, example.gold().id()));
    }
    dataset.applyFeatureCountThreshold(MIN_FEATURE_COUNT);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(dataset);
    return new LinearModel(groups, weights(classifier));
  }

  private static Map<String, double[]> weights(LinearClassifier<String, String> classifier) {
    Map<String, double[]> weights = new HashMap<>();
    Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
    for (SentimentLabel label : SentimentLabel.values()) {
      Counter<String> counter = byLabel.get(label.id());
      if (counter == null) {
        continue;
      }
      for (String feature : counter.keySet()) {
        weights
                .computeIfAbsent(feature, f -> new double[SentimentLabel.values().length])[
                label.ordinal()] =
            counter.getCount(feature);
      }
    }
    weights.values().removeIf(w -> maxAbs(w) < NEGLIGIBLE_WEIGHT);
    return weights;
  }

  private static double maxAbs(double[] w) {
    double max = 0;
    for (double x : w) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }
}
