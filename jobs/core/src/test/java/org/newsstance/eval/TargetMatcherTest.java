package org.newsstance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorTypes;
import org.newsstance.eval.TargetMatcher.Match;

/** How an actor the job found is matched to a benchmark's target name. */
class TargetMatcherTest {
  private static Actor person(String name) {
    return new Actor(
        "person:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
        name,
        ActorTypes.PERSON,
        null,
        List.of(name),
        List.of(),
        List.of());
  }

  @Test
  void aNameThatSpellsOrHoldsTheTargetIsAFullMatch() {
    assertThat(new TargetMatcher("Liu Xia").match(person("Liu Xia"), List.of()))
        .isEqualTo(Match.FULL);
    assertThat(
            new TargetMatcher("Martin Luther King")
                .match(person("Martin Luther King Jr."), List.of()))
        .isEqualTo(Match.FULL);
  }

  @Test
  void aShorterNameIsAWeakerMatchAndAnotherNameNone() {
    TargetMatcher liuXia = new TargetMatcher("Liu Xia");
    assertThat(liuXia.match(person("Liu"), List.of())).isEqualTo(Match.SHORTER_NAME);
    assertThat(liuXia.match(person("Liu Xiaobo"), List.of())).isEqualTo(Match.NONE);
    assertThat(liuXia.matches(person("Liu"), List.of())).isTrue();
    assertThat(Match.FULL).isGreaterThan(Match.SHORTER_NAME);
  }
}
