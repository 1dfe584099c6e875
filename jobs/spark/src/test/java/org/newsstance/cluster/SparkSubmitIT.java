package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.Tables;
import org.newsstance.testing.BuiltArtifacts;
import org.newsstance.testing.ProjectFiles;
import org.newsstance.testing.SparkTest;

/**
 * The job as spark-submit runs it: a fresh JVM with only Spark on its classpath, our code from the
 * app jar and the models from --jars, exactly the line the README gives for local mode.
 */
class SparkSubmitIT extends SparkTest {
  @TempDir Path output;

  @Test
  void sparkSubmitLocalRunPublishesTheSeedTables() throws Exception {
    List<String> command =
        BuiltArtifacts.sparkSubmit(
            "run",
            "--input",
            ProjectFiles.root().resolve("seeds/corpus").toString(),
            "--output",
            output.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Path log = output.resolveSibling(output.getFileName() + ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String printed = ProjectFiles.read(log);
    assertThat(finished).as("spark-submit finished in time").isTrue();
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed).contains("summary: input 1 = processed 1 + skipped 0 + quarantined 0");

    List<Row> paragraphs = table(output, Tables.PARAGRAPHS).collectAsList();
    assertThat(paragraphs).hasSize(28);
    assertThat(table(output, Tables.DOCUMENTS).first().<String>getAs("doc_id"))
        .isEqualTo("muscat-talks-2026-02-06");
  }
}
