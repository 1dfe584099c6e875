package org.newsstance.job.incremental;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.score.stance.TopicRegistry;
import org.newsstance.segment.ParagraphMode;

/** What reprocesses published documents: every trigger edit, broad ones included. */
class CurrentPipelineTest {
  @Test
  void aBroadTriggerEditChangesTheTopicRegistrysVersion(@TempDir Path dir) throws IOException {
    AnalysisSettings base =
        AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, ActorRegistry.load(List.of()));
    assertThat(topicVersion(base, dir, "nuclear deal|~deal"))
        .isNotEqualTo(topicVersion(base, dir, "nuclear deal|~deal|~pact"))
        .isNotEqualTo(topicVersion(base, dir, "nuclear deal|deal"))
        .isEqualTo(topicVersion(base, dir, "nuclear deal|~deal"));
  }

  private static String topicVersion(AnalysisSettings base, Path dir, String triggers)
      throws IOException {
    Path file = Files.createTempFile(dir, "topics", ".csv");
    Files.writeString(
        file, "topic_id,label,triggers\nnuclear_deal,Nuclear deal,\"" + triggers + "\"\n", UTF_8);
    return CurrentPipeline.of(base.withTopics(TopicRegistry.load(List.of(file))))
        .hashes()
        .get("topic_registry");
  }
}
