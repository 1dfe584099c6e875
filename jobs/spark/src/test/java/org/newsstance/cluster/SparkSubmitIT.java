package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.Tables;
import org.newsstance.testing.ProjectFiles;
import org.newsstance.testing.SparkTest;

/**
 * The job as spark-submit runs it: a fresh JVM with only Spark on its classpath, our code from the
 * app jar and the models from --jars, exactly the line the README gives for local mode.
 */
class SparkSubmitIT extends SparkTest {
  @TempDir Path output;

  @Test
  void sparkSubmitLocalRunPublishesTheSeedTables() {
    Path log = output.resolveSibling(output.getFileName() + ".log");
    String printed;
    try (SparkSubmitProcess job =
        SparkSubmitProcess.start(
            SubmitLine.fromReadme("local["),
            null,
            ProjectFiles.root().resolve("seeds/corpus"),
            output,
            List.of(),
            log)) {
      assertThat(job.awaitExit(Duration.ofMinutes(10)))
          .as("spark-submit finished in time")
          .isTrue();
      printed = job.output();
      assertThat(job.exitValue()).as(printed).isZero();
    }
    assertThat(printed).contains("summary: input 1 = processed 1 + skipped 0 + quarantined 0");

    List<Row> paragraphs = table(output, Tables.PARAGRAPHS).collectAsList();
    assertThat(paragraphs).hasSize(28);
    assertThat(table(output, Tables.DOCUMENTS).first().<String>getAs("doc_id"))
        .isEqualTo("muscat-talks-2026-02-06");
  }
}
