package org.newsstance.score.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsstance.score.sentiment.FeatureGroup;

/** Training's model choice looks at every pair, and breaks ties the same way every time. */
class ModelGridTest {
  private static final Set<FeatureGroup> SMALL = EnumSet.of(FeatureGroup.TREE);
  private static final Set<FeatureGroup> LARGE =
      EnumSet.of(FeatureGroup.TREE, FeatureGroup.LEXICON, FeatureGroup.WINDOW_WORDS);
  private static final double[] SIGMAS = {0.25, 0.5, 1.0, 2.0};

  @Test
  void aFeatureSetThatWinsOnlyAwayFromTheDefaultWidthIsChosen() {
    // SMALL is better at width 1.0, LARGE only at 0.25: a "features first at 1.0, then the width"
    // search would keep SMALL.
    ModelGrid.Choice choice =
        ModelGrid.choose(
            List.of(SMALL, LARGE),
            SIGMAS,
            (groups, sigma) -> groups.equals(SMALL) ? 0.60 : (sigma == 0.25 ? 0.65 : 0.55));
    assertThat(choice.groups()).isEqualTo(LARGE);
    assertThat(choice.sigma()).isEqualTo(0.25);
    assertThat(choice.score()).isEqualTo(0.65);
  }

  @Test
  void everyPairIsScoredOnceAndTiesGoToTheEarlierPair() {
    List<String> scored = new ArrayList<>();
    ModelGrid.Choice choice =
        ModelGrid.choose(
            List.of(SMALL, LARGE),
            SIGMAS,
            (groups, sigma) -> {
              scored.add(FeatureGroup.name(groups) + "@" + sigma);
              return 0.5;
            });
    assertThat(scored).hasSize(8).doesNotHaveDuplicates();
    assertThat(choice.groups()).isEqualTo(SMALL);
    assertThat(choice.sigma()).isEqualTo(0.25);
  }

  @Test
  void nothingToChooseFromIsAnError() {
    assertThatThrownBy(() -> ModelGrid.choose(List.of(), SIGMAS, (g, s) -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
