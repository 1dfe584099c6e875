package org.newsstance.job.incremental;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.ingest.Hashes;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.Analyses;
import org.newsstance.testing.ProjectFiles;

/**
 * Published documents are reprocessed only when the pipeline version changes, so a code change that
 * alters the analysis without a revision bump leaves old rows in place for good (it happened once,
 * see README "Upgrading and rolling back"). This test holds a fingerprint of the seed article's
 * whole analysis for each pipeline version it has seen: the analysis may change only together with
 * the version.
 */
class PipelineRevisionTest {
  private static final Path RECORD =
      ProjectFiles.root()
          .resolve("jobs/spark/src/test/resources/seed-analysis-by-pipeline-version.txt");

  /** Decimals of the scores kept in the fingerprint: far below any visible change. */
  private static final int DECIMALS = 6;

  private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{7,}(E-?\\d+)?");

  @Test
  void theSeedsAnalysisChangesOnlyTogetherWithThePipelineVersion() throws IOException {
    String version =
        CurrentPipeline.of(AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, Analyses.registry()))
            .hash();
    String fingerprint = fingerprint(Analyses.seed());
    Map<String, String> recorded = recorded();
    String line = version + " " + fingerprint;
    assertThat(recorded)
        .as("pipeline version %s is new: add the line '%s' to %s", version, line, RECORD)
        .containsKey(version);
    assertThat(recorded.get(version))
        .as(
            "The seed article's analysis changed, but pipeline version %s did not, so published"
                + " documents would keep their old rows. If the change is meant, bump"
                + " ANALYSIS_REVISION (or SEGMENTATION_REVISION) in CurrentPipeline, run this test"
                + " again and add the line it prints to %s.",
            version, RECORD)
        .isEqualTo(fingerprint);
  }

  /** Version to fingerprint; a version may appear once only (a second line would hide a change). */
  private static Map<String, String> recorded() throws IOException {
    List<String[]> lines =
        Files.readAllLines(RECORD, UTF_8).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.trim().split("\\s+"))
            .toList();
    Map<String, String> byVersion = new TreeMap<>();
    for (String[] fields : lines) {
      assertThat(byVersion.put(fields[0], fields[1]))
          .as("pipeline version %s is recorded twice in %s", fields[0], RECORD)
          .isNull();
    }
    return byVersion;
  }

  /**
   * Every row the analysis yields, as its records print themselves, with long decimals rounded (a
   * last-digit difference between CPUs must not count) and the discovered actors sorted.
   */
  static String fingerprint(DocumentAnalysis analysis) {
    DocumentAnalysis sorted =
        new DocumentAnalysis(
            analysis.document(),
            analysis.contentHash(),
            analysis.paragraphs(),
            analysis.sentences(),
            analysis.degraded(),
            analysis.mentions(),
            Map.of(),
            analysis.sentiments(),
            analysis.paragraphTones(),
            analysis.stances());
    String text = sorted + " " + new TreeMap<>(analysis.discoveredActors());
    Matcher m = LONG_DECIMAL.matcher(text);
    String rounded =
        m.replaceAll(
            r ->
                new BigDecimal(r.group())
                    .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros()
                    .toPlainString());
    return Hashes.sha256Hex(rounded).substring(0, 16);
  }
}
