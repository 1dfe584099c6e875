package org.newsstance.job.incremental;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.ingest.Hashes;
import org.newsstance.testing.Analyses;
import org.newsstance.testing.ProjectFiles;

/**
 * Published documents are reprocessed only when the pipeline version changes, so a code change that
 * alters the analysis without a revision bump leaves old rows in place for good (it happened once,
 * see README "Upgrading and rolling back"). This test holds a fingerprint of each part of the seed
 * article's analysis, and one of a text of hand-written cases (revision-guard-text.txt), for each
 * pipeline version it has seen: the analysis may change only together with the version.
 */
class PipelineRevisionTest {
  private static final Path RECORD =
      ProjectFiles.root()
          .resolve("jobs/spark/src/test/resources/seed-analysis-by-pipeline-version.txt");

  /** Decimals of the scores kept in the fingerprint: far below any visible change. */
  private static final int DECIMALS = 6;

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?");

  @Test
  void theSeedsAnalysisChangesOnlyTogetherWithThePipelineVersion() throws IOException {
    String version = CurrentPipeline.ofDefaults().hash();
    Map<String, String> fingerprints = fingerprints(Analyses.seed());
    // The seed alone names none of the credits, longer names and other cases a rule was written
    // for (revision 8 left the seed's analysis unchanged): a text of such sentences widens the net.
    fingerprints.put("guard_text", digest(fingerprints(Analyses.analyze(guardText())).toString()));
    String parts = render(fingerprints);
    Map<String, String> recorded = recorded();
    String line = version + " " + parts;
    assertThat(recorded)
        .as("pipeline version %s is new: add the line '%s' to %s", version, line, RECORD)
        .containsKey(version);
    assertThat(parts)
        .as(
            "The seed article's analysis changed (the parts whose fingerprint differs are named"
                + " below), but pipeline version %s did not, so published documents would keep"
                + " their old rows. If the change is meant, bump ANALYSIS_REVISION (or"
                + " SEGMENTATION_REVISION) in CurrentPipeline, run this test again and add the"
                + " line it prints to %s. If no published value changed (a field renamed or added"
                + " that no table holds), replace this version's line with '%s'.",
            version, RECORD, line)
        .isEqualTo(recorded.get(version));
  }

  private static String guardText() throws IOException {
    return Files.readString(
        ProjectFiles.root().resolve("jobs/spark/src/test/resources/revision-guard-text.txt"),
        UTF_8);
  }

  /** Version to its parts' fingerprints; a version may appear once only. */
  private static Map<String, String> recorded() throws IOException {
    Map<String, String> byVersion = new TreeMap<>();
    for (String l : Files.readAllLines(RECORD, UTF_8)) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] fields = l.trim().split(" ", 2);
      assertThat(fields).as("'%s' in %s: a version, then its parts", l, RECORD).hasSize(2);
      assertThat(byVersion.put(fields[0], fields[1]))
          .as("pipeline version %s is recorded twice in %s", fields[0], RECORD)
          .isNull();
    }
    return byVersion;
  }

  /**
   * Each part of the analysis as its records print themselves, decimals at a fixed scale (a
   * last-digit difference between CPUs must not count), the discovered actors sorted.
   */
  static Map<String, String> fingerprints(DocumentAnalysis analysis) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("document", analysis.document());
    parts.put("paragraphs", analysis.paragraphs());
    parts.put("sentences", analysis.sentences());
    parts.put("degraded", analysis.degraded());
    parts.put("mentions", analysis.mentions());
    parts.put("discovered_actors", new TreeMap<>(analysis.discoveredActors()));
    parts.put("sentiments", analysis.sentiments());
    parts.put("paragraph_tones", analysis.paragraphTones());
    parts.put("stances", analysis.stances());
    Map<String, String> fingerprints = new LinkedHashMap<>();
    parts.forEach((name, value) -> fingerprints.put(name, digest(String.valueOf(value))));
    return fingerprints;
  }

  private static String digest(String text) {
    String rounded =
        DECIMAL
            .matcher(text)
            .replaceAll(
                r -> {
                  String fixed =
                      new BigDecimal(r.group())
                          .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                          .toPlainString();
                  return fixed.matches("-0\\.0+") ? fixed.substring(1) : fixed;
                });
    return Hashes.sha256Hex(rounded).substring(0, 8);
  }

  private static String render(Map<String, String> fingerprints) {
    return fingerprints.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
