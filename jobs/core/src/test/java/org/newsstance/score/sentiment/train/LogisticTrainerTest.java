package org.newsstance.score.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstance.score.sentiment.FeatureGroup;
import org.newsstance.score.sentiment.LinearModel;
import org.newsstance.score.sentiment.SentimentLabel;

/** The trainer learns what its examples say, and writes the same bytes when run twice. */
class LogisticTrainerTest {
  private static List<LogisticTrainer.Example> examples() {
    List<LogisticTrainer.Example> examples = new ArrayList<>();
    String[] cues = {"word:condemn", "word:meet", "word:praise"};
    for (int i = 0; i < 30; i++) {
      SentimentLabel label = SentimentLabel.values()[i % 3];
      examples.add(
          new LogisticTrainer.Example(
              Map.of("bias", 1.0, cues[label.ordinal()], 1.0, "word:filler" + (i % 5), 1.0),
              label,
              i));
    }
    return examples;
  }

  @Test
  void sameExamplesGiveByteIdenticalModels() {
    LinearModel first = LogisticTrainer.train(examples(), EnumSet.of(FeatureGroup.WINDOW_WORDS), 1);
    LinearModel second =
        LogisticTrainer.train(examples(), EnumSet.of(FeatureGroup.WINDOW_WORDS), 1);
    assertThat(second.toText()).isEqualTo(first.toText());
  }

  @Test
  void learnsWhichWordSignalsWhichClass() {
    LinearModel model = LogisticTrainer.train(examples(), EnumSet.of(FeatureGroup.WINDOW_WORDS), 1);
    double[] condemn = model.probabilities(Map.of("bias", 1.0, "word:condemn", 1.0));
    double[] praise = model.probabilities(Map.of("bias", 1.0, "word:praise", 1.0));
    assertThat(CrossValidation.argmax(condemn)).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(CrossValidation.argmax(praise)).isEqualTo(SentimentLabel.POSITIVE);
  }
}
