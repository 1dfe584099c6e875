package org.newsstance.score.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsstance.score.sentiment.SentimentLabel.NEGATIVE;
import static org.newsstance.score.sentiment.SentimentLabel.NEUTRAL;
import static org.newsstance.score.sentiment.SentimentLabel.POSITIVE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
  /**
   * Gold negative ×4 (3 right, 1 called neutral), neutral ×3 (2 right, 1 called positive), positive
   * ×3 (1 right, 2 called negative).
   */
  private static ClassificationMetrics sample() {
    ClassificationMetrics m = new ClassificationMetrics();
    for (int i = 0; i < 3; i++) {
      m.add(NEGATIVE, NEGATIVE);
    }
    m.add(NEGATIVE, NEUTRAL);
    m.add(NEUTRAL, NEUTRAL);
    m.add(NEUTRAL, NEUTRAL);
    m.add(NEUTRAL, POSITIVE);
    m.add(POSITIVE, POSITIVE);
    m.add(POSITIVE, NEGATIVE);
    m.add(POSITIVE, NEGATIVE);
    return m;
  }

  @Test
  void figuresFollowTheirDefinitions() {
    ClassificationMetrics m = sample();
    assertThat(m.total()).isEqualTo(10);
    assertThat(m.accuracy()).isCloseTo(6 / 10.0, within(1e-12));
    // negative: predicted 5 times, 3 right; 4 gold.
    assertThat(m.precision(NEGATIVE)).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(m.recall(NEGATIVE)).isCloseTo(3 / 4.0, within(1e-12));
    double f1Negative = 2 * 0.6 * 0.75 / (0.6 + 0.75);
    double f1Neutral = 2 * (2 / 3.0) * (2 / 3.0) / (4 / 3.0);
    double f1Positive = 2 * 0.5 * (1 / 3.0) / (0.5 + 1 / 3.0);
    assertThat(m.f1(NEGATIVE)).isCloseTo(f1Negative, within(1e-12));
    assertThat(m.macroF1()).isCloseTo((f1Negative + f1Neutral + f1Positive) / 3, within(1e-12));
  }

  @Test
  void aClassNeverPredictedHasZeroF1NotNaN() {
    ClassificationMetrics m = new ClassificationMetrics();
    m.add(POSITIVE, NEGATIVE);
    m.add(NEGATIVE, NEGATIVE);
    assertThat(m.f1(POSITIVE)).isZero();
    assertThat(m.precision(NEUTRAL)).isZero();
    assertThat(m.macroF1()).isCloseTo((2 * 0.5 / 1.5) / 3, within(1e-12));
  }

  @Test
  void jsonHasTheContractKeysAndTheConfusionCounts() {
    ObjectNode json = sample().toJson(new ObjectMapper());
    assertThat(json.fieldNames())
        .toIterable()
        .contains("accuracy", "macro_f1", "per_class", "confusion");
    assertThat(json.get("confusion").get("positive").get("negative").asLong()).isEqualTo(2);
    assertThat(json.get("per_class").get("neutral").get("support").asLong()).isEqualTo(3);
    assertThat(json.get("macro_f1").asDouble()).isCloseTo(sample().macroF1(), within(1e-12));
  }
}
