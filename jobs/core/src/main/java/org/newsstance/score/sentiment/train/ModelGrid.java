package org.newsstance.score.sentiment.train;

import java.util.List;
import java.util.Set;
import org.newsstance.score.sentiment.FeatureGroup;

/**
 * The model choice of training: every candidate feature set with every prior width, the one with
 * the best cross-validated score winning, the earlier one on ties (candidates in their listed
 * order, widths in theirs). A full grid rather than "best features at the default width, then the
 * best width for them": a feature set that only wins at another width is not missed.
 */
final class ModelGrid {
  /** Scores one (feature set, prior width) pair; cross-validation in training. */
  @FunctionalInterface
  interface Scorer {
    double score(Set<FeatureGroup> groups, double sigma);
  }

  /** The chosen pair and its score. */
  record Choice(Set<FeatureGroup> groups, double sigma, double score) {}

  private ModelGrid() {}

  static Choice choose(List<Set<FeatureGroup>> candidates, double[] sigmas, Scorer scorer) {
    if (candidates.isEmpty() || sigmas.length == 0) {
      throw new IllegalArgumentException("no candidate feature set or prior width to choose from");
    }
    Choice best = null;
    for (Set<FeatureGroup> groups : candidates) {
      for (double sigma : sigmas) {
        double score = scorer.score(groups, sigma);
        if (best == null || score > best.score()) {
          best = new Choice(groups, sigma, score);
        }
      }
    }
    return best;
  }
}
