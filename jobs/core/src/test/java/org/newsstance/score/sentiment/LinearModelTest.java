package org.newsstance.score.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearModelTest {
  private final LinearModel model =
      new LinearModel(
          EnumSet.of(FeatureGroup.LEXICON, FeatureGroup.WINDOW_WORDS),
          Map.of(
              "bias", new double[] {0.1, 0.3, -0.2},
              "lex:window:neg", new double[] {1.5, -0.5, -1.0},
              "word:praise", new double[] {-1.0, -0.2, 1.2}));

  @Test
  void probabilitiesAreASoftmaxOfWeightedSums() {
    double[] p = model.probabilities(Map.of("bias", 1.0, "lex:window:neg", 2.0, "unseen", 5.0));
    double[] z = {0.1 + 3.0, 0.3 - 1.0, -0.2 - 2.0};
    double sum = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
    for (int c = 0; c < 3; c++) {
      assertThat(p[c]).isCloseTo(Math.exp(z[c]) / sum, within(1e-12));
    }
  }

  @Test
  void textFormRoundTripsAndIsSorted() {
    String text = model.toText();
    LinearModel back =
        LinearModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(back.groups()).isEqualTo(model.groups());
    assertThat(back.toText()).isEqualTo(text);
    assertThat(text.indexOf("bias\t")).isLessThan(text.indexOf("lex:window:neg\t"));
    Map<String, Double> features = Map.of("bias", 1.0, "word:praise", 1.0);
    assertThat(back.probabilities(features))
        .containsExactly(model.probabilities(features), within(1e-5));
  }
}
