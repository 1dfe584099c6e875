package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.cluster.EventLog.TaskEnd;
import org.newsstance.cluster.HeldTasks.HeldTask;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.testing.SparkTest;

/**
 * The job on a real Spark standalone cluster (a master and two one-core workers on 127.0.0.1),
 * submitted with the README's standalone spark-submit line, publishes the same tables as the
 * README's local line on the same input; and it still does when an executor is killed in the middle
 * of the analysis stage. Every table of {@link Tables#ALL} is compared, so tables added later are
 * covered without touching this test. On failure the logs stay in the temporary folder.
 */
class StandaloneClusterIT extends SparkTest {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
  private static final int WORKERS = 2;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path dir;

  static Path corpus;
  static Path localOutput;
  static SubmitLine standalone;
  static StandaloneCluster cluster;

  @BeforeAll
  static void runLocallyAndStartCluster() {
    corpus = SeedCorpusParts.write(dir.resolve("corpus"));
    localOutput = dir.resolve("local-output");
    String printed =
        runToEnd(SubmitLine.fromReadme("local["), null, localOutput, List.of(), "local");
    assertThat(printed)
        .contains(
            String.format(
                "summary: input %d = processed %d + skipped 0 + quarantined %d",
                SeedCorpusParts.DOCUMENTS + SeedCorpusParts.QUARANTINED,
                SeedCorpusParts.DOCUMENTS,
                SeedCorpusParts.QUARANTINED));

    standalone = SubmitLine.fromReadme("spark://");
    cluster =
        StandaloneCluster.start(
            dir.resolve("cluster"), WORKERS, 1, standalone.option("--executor-memory"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void standaloneRunPublishesTheTablesOfTheLocalRun() {
    Path events = directory("standalone-events");
    Path output = dir.resolve("standalone-output");
    runToEnd(standalone, cluster.masterUrl(), output, EventLog.options(events), "standalone");

    assertThat(EventLog.taskEnds(events))
        .as("tasks ran on the cluster's executors, not in the driver")
        .isNotEmpty()
        .allMatch(t -> !t.executorId().equals("driver"));
    assertSameTables(localOutput, output);
  }

  @Test
  void executorKilledDuringAnalysisLosesNothing() throws Exception {
    Path events = directory("fault-events");
    Path output = dir.resolve("fault-output");
    HeldTasks hold = new HeldTasks(directory("hold").resolve("release"));
    List<String> options = new ArrayList<>(hold.options());
    options.addAll(EventLog.options(events));

    HeldTask victim;
    try (SparkSubmitProcess job =
        SparkSubmitProcess.start(
            standalone, cluster.masterUrl(), corpus, output, options, dir.resolve("fault.log"))) {
      // Each one-core executor now sits inside an analysis task: a kill cannot miss the stage.
      victim = hold.awaitOnExecutors(WORKERS, job, JOB_TIMEOUT).get(0);
      ProcessHandle executor =
          cluster.executors().stream()
              .filter(p -> p.pid() == victim.pid())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no executor of ours has PID " + victim.pid()));
      executor.destroyForcibly();
      executor.onExit().get(1, TimeUnit.MINUTES);
      hold.release();

      assertThat(job.awaitExit(JOB_TIMEOUT)).as("the job ended in time").isTrue();
      assertThat(job.exitValue()).as(job.output()).isZero();
    }

    List<TaskEnd> analysisTasks =
        EventLog.taskEnds(events).stream()
            .filter(t -> t.stageId() == victim.stage() && t.partition() == victim.partition())
            .toList();
    assertThat(analysisTasks)
        .as("Spark saw the killed executor's analysis task fail")
        .anyMatch(t -> t.executorId().equals(victim.executorId()) && !t.succeeded());
    assertThat(analysisTasks)
        .as("and analysed that partition again, successfully")
        .anyMatch(t -> t.isRetry() && t.succeeded());
    assertSameTables(localOutput, output);
  }

  /** Runs a spark-submit line on the test corpus to its end; returns what the driver printed. */
  private static String runToEnd(
      SubmitLine line, String master, Path output, List<String> options, String name) {
    try (SparkSubmitProcess job =
        SparkSubmitProcess.start(
            line, master, corpus, output, options, dir.resolve(name + ".log"))) {
      assertThat(job.awaitExit(JOB_TIMEOUT)).as("%s run ended in time", name).isTrue();
      assertThat(job.exitValue()).as(job.output()).isZero();
      return job.output();
    }
  }

  private static void assertSameTables(Path expected, Path actual) {
    for (TableSchema table : Tables.ALL) {
      TableComparison.assertSameRows(
          table, table(expected, table).collectAsList(), table(actual, table).collectAsList());
    }
    assertThat(table(actual, Tables.DOCUMENTS).count()).isEqualTo(SeedCorpusParts.DOCUMENTS);
  }

  private static Path directory(String name) {
    try {
      return Files.createDirectories(dir.resolve(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
