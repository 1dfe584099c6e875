package org.newsstance.score.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topic registry: the built-in file, user files merged over it, longest-trigger matching. */
class TopicRegistryTest {
  /** Matches a tokenised text, with its words standing in for lemmas and '-' skippable. */
  private static List<String> topics(TopicRegistry registry, String tokenised) {
    return topics(registry, tokenised, Set.of());
  }

  /** The same, in a document that names {@code named} by their specific triggers. */
  private static List<String> topics(TopicRegistry registry, String tokenised, Set<String> named) {
    List<String> words = Arrays.asList(tokenised.toLowerCase(Locale.ROOT).split(" "));
    boolean[] skippable = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      skippable[i] = words.get(i).equals("-") || words.get(i).equals("\"");
    }
    return registry.find(words, words, skippable, named).stream().map(TopicMatch::topicId).toList();
  }

  @Test
  void theLongestTriggerWinsAndHyphensAndQuotesAreSkipped() {
    TopicRegistry registry = TopicRegistry.load(List.of());
    assertThat(topics(registry, "live up to cease - fire agreements")).containsExactly("ceasefire");
    assertThat(topics(registry, "observe the Minsk agreements")).containsExactly("peace_process");
    assertThat(topics(registry, "an agreement", Set.of("nuclear_deal")))
        .containsExactly("nuclear_deal");
    assertThat(topics(registry, "the multilateral \" regional \" setting"))
        .containsExactly("multilateral_format", "multilateral_format");
    assertThat(topics(registry, "the weather today")).isEmpty();
  }

  @Test
  void aBroadTriggerCountsOnlyInADocumentThatNamesItsTopicOtherwise() {
    TopicRegistry registry = TopicRegistry.load(List.of());
    // A labour contract or a coalition deal is no nuclear deal.
    assertThat(topics(registry, "any deal with GM")).isEmpty();
    assertThat(topics(registry, "any deal with Iran", Set.of("nuclear_deal")))
        .containsExactly("nuclear_deal");
    assertThat(topics(registry, "the nuclear deal")).containsExactly("nuclear_deal");
    assertThat(topics(registry, "the workers ' strikes")).isEmpty();
  }

  @Test
  void aUserFileReplacesAddsAndRemovesTopicsById(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("topics.csv");
    Files.writeString(
        user,
        "topic_id,label,triggers\n"
            + "sanctions,Sanctions,embargo\n"
            + "water_rights,Water rights,water rights|dam\n"
            + "climate_policy,Climate policy,\n",
        StandardCharsets.UTF_8);
    TopicRegistry builtIn = TopicRegistry.load(List.of());
    TopicRegistry merged = TopicRegistry.load(List.of(user));

    assertThat(topics(builtIn, "new sanctions")).containsExactly("sanctions");
    assertThat(topics(merged, "new sanctions")).isEmpty();
    assertThat(topics(merged, "an embargo")).containsExactly("sanctions");
    assertThat(topics(merged, "the dam")).containsExactly("water_rights");
    assertThat(merged.contains("climate_policy")).isFalse();
    assertThat(builtIn.contains("climate_policy")).isTrue();
    assertThat(merged.topics()).hasSize(builtIn.topics().size());
  }

  @Test
  void aUserTopicWithOnlyBroadTriggersIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("topics.csv");
    Files.writeString(
        user, "topic_id,label,triggers\ntrade,Trade,~deal|~tariffs\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TopicRegistry.load(List.of(user)))
        .hasMessageContaining(user.toString())
        .hasMessageContaining("topic trade has only broad triggers")
        .hasMessageContaining("add a trigger without '~'");
  }
}
