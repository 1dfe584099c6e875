package org.newsstance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.Resolution;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;
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
    assertThat(Match.FULL).isGreaterThan(Match.SHORTER_NAME);
  }

  @Test
  void theTargetIsTheBestMatchBeforeTheMostMentioned() {
    Actor liu = person("Liu");
    Actor liuXia = person("Liu Xia");
    Actor liuXiaobo = person("Liu Xiaobo");
    Map<String, Actor> discovered = new LinkedHashMap<>();
    List.of(liu, liuXia, liuXiaobo).forEach(a -> discovered.put(a.actorId(), a));
    ActorRegistry registry = ActorRegistry.of(List.of());
    TargetMatcher target = new TargetMatcher("Liu Xia");

    Map<String, List<ActorMention>> all =
        Map.of(
            liu.actorId(),
            mentions(liu, 6),
            liuXia.actorId(),
            mentions(liuXia, 2),
            liuXiaobo.actorId(),
            mentions(liuXiaobo, 9),
            "person:unknown",
            mentions(person("Unknown"), 20));
    assertThat(target.best(all, registry, discovered)).contains(liuXia.actorId());

    Map<String, List<ActorMention>> withoutHer =
        Map.of(liu.actorId(), mentions(liu, 6), liuXiaobo.actorId(), mentions(liuXiaobo, 9));
    assertThat(target.best(withoutHer, registry, discovered)).contains(liu.actorId());
    assertThat(
            target.best(Map.of(liuXiaobo.actorId(), mentions(liuXiaobo, 9)), registry, discovered))
        .isEmpty();
  }

  private static List<ActorMention> mentions(Actor actor, int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                new ActorMention(
                    0, i, 0, 1, 0, 1, actor.name(), actor.actorId(), Resolution.NER, 0.75))
        .toList();
  }
}
