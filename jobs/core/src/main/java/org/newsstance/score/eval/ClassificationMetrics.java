package org.newsstance.score.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix of three-class
 * predictions. Add pairs with {@link #add}; read figures at any time.
 */
public final class ClassificationMetrics {
  private static final SentimentLabel[] LABELS = SentimentLabel.values();

  /** {@code confusion[gold][predicted]}. */
  private final long[][] confusion = new long[LABELS.length][LABELS.length];

  public void add(SentimentLabel gold, SentimentLabel predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
  }

  public long total() {
    long total = 0;
    for (long[] row : confusion) {
      for (long n : row) {
        total += n;
      }
    }
    return total;
  }

  public long count(SentimentLabel gold, SentimentLabel predicted) {
    return confusion[gold.ordinal()][predicted.ordinal()];
  }

  public double accuracy() {
    long correct = 0;
    for (SentimentLabel label : LABELS) {
      correct += count(label, label);
    }
    return ratio(correct, total());
  }

  public double precision(SentimentLabel label) {
    long predicted = 0;
    for (SentimentLabel gold : LABELS) {
      predicted += count(gold, label);
    }
    return ratio(count(label, label), predicted);
  }

  public double recall(SentimentLabel label) {
    return ratio(count(label, label), support(label));
  }

  /** F1 of one class; 0 when the class is never predicted correctly. */
  public double f1(SentimentLabel label) {
    double p = precision(label);
    double r = recall(label);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The unweighted mean of the three per-class F1 (NewsMTSC's headline measure). */
  public double macroF1() {
    double sum = 0;
    for (SentimentLabel label : LABELS) {
      sum += f1(label);
    }
    return sum / LABELS.length;
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  /**
   * {@code accuracy, macro_f1, n, per_class{label:{precision,recall,f1,support}},
   * confusion{gold:{predicted:n}}}.
   */
  public ObjectNode toJson(ObjectMapper json) {
    ObjectNode node = json.createObjectNode();
    node.put("accuracy", accuracy());
    node.put("macro_f1", macroF1());
    node.put("n", total());
    ObjectNode perClass = node.putObject("per_class");
    ObjectNode matrix = node.putObject("confusion");
    for (SentimentLabel gold : LABELS) {
      ObjectNode figures = perClass.putObject(gold.id());
      figures.put("precision", precision(gold));
      figures.put("recall", recall(gold));
      figures.put("f1", f1(gold));
      figures.put("support", support(gold));
      ObjectNode row = matrix.putObject(gold.id());
      for (SentimentLabel predicted : LABELS) {
        row.put(predicted.id(), count(gold, predicted));
      }
    }
    return node;
  }

  /** How many gold instances the class has. */
  public long support(SentimentLabel gold) {
    long n = 0;
    for (SentimentLabel predicted : LABELS) {
      n += count(gold, predicted);
    }
    return n;
  }

  /** A table for the terminal: headline figures, per-class figures, confusion (rows = gold). */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT, "n %d  accuracy %.3f  macro-F1 %.3f%n", total(), accuracy(), macroF1()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-9s %9s %9s %9s %8s%n",
            "class",
            "precision",
            "recall",
            "f1",
            "support"));
    for (SentimentLabel label : LABELS) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-9s %9.3f %9.3f %9.3f %8d%n",
              label.id(),
              precision(label),
              recall(label),
              f1(label),
              support(label)));
    }
    out.append(String.format(Locale.ROOT, "confusion (rows gold, columns predicted)%n%-9s", ""));
    for (SentimentLabel label : LABELS) {
      out.append(String.format(Locale.ROOT, " %9s", label.id()));
    }
    out.append(System.lineSeparator());
    for (SentimentLabel gold : LABELS) {
      out.append(String.format(Locale.ROOT, "%-9s", gold.id()));
      for (SentimentLabel predicted : LABELS) {
        out.append(String.format(Locale.ROOT, " %9d", count(gold, predicted)));
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }
}
