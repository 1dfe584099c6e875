package org.newsstance.score.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.ingest.RawDocument;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.Analyses;

/** The analysis reads stances against the topics its settings carry, a user's file included. */
class UserTopicsInAnalysisTest {
  private static final String TEXT = "Iran demands sanctions relief.";

  private static List<String> topicsOfStances(AnalysisSettings settings) {
    DocumentAnalysis analysis =
        new DocumentAnalyzer(settings)
            .analyze(new RawDocument("t", "given", null, null, null, TEXT, null, "t"));
    return analysis.stances().stream().map(s -> s.stance() + " " + s.targetId()).toList();
  }

  @Test
  void aUserTopicReplacesTheBuiltInOneInTheRows(@TempDir Path dir) throws IOException {
    AnalysisSettings builtIn =
        AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, Analyses.registry());
    assertThat(topicsOfStances(builtIn)).containsExactly("support sanctions_relief");

    Path file = dir.resolve("topics.csv");
    Files.writeString(
        file,
        "topic_id,label,triggers\n"
            + "sanctions_relief,Sanctions relief,\n"
            + "economic_relief,Economic relief,sanctions relief|economic relief\n",
        StandardCharsets.UTF_8);
    AnalysisSettings user = builtIn.withTopics(TopicRegistry.load(List.of(file)));
    assertThat(topicsOfStances(user)).containsExactly("support economic_relief");
  }
}
