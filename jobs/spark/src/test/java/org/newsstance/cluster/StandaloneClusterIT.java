package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * submitted with the README's standalone spark-submit line while one executor is killed in the
 * middle of the analysis stage, publishes the same tables as the README's local line on the same
 * input. Every snapshot table of {@link Tables#ALL} is compared, so tables added later are covered
 * without touching this test. One cluster run carries both checks, cluster and fault, because each
 * run costs minutes on two cores; the kill touches one task and the others run as on any cluster.
 * On failure the logs stay in the temporary folder.
 */
class StandaloneClusterIT extends SparkTest {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);
  private static final int WORKERS = 2;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path dir;

  @Test
  void standaloneRunWithAnExecutorKilledMidAnalysisPublishesTheLocalRunsTables() throws Exception {
    Path corpus = SeedCorpusParts.write(dir.resolve("corpus"));
    Path localOutput = runLocally(corpus);

    SubmitLine standalone = SubmitLine.fromReadme("spark://");
    Path events = directory("events");
    Path output = dir.resolve("cluster-output");
    HeldTasks hold = new HeldTasks(directory("hold").resolve("release"));
    List<String> options = new ArrayList<>(hold.options());
    options.addAll(EventLog.options(events));
    HeldTask victim;
    try (StandaloneCluster cluster =
            StandaloneCluster.start(
                dir.resolve("cluster"), WORKERS, 1, standalone.option("--executor-memory"));
        SparkSubmitProcess job =
            SparkSubmitProcess.start(
                standalone,
                cluster.masterUrl(),
                corpus,
                output,
                options,
                dir.resolve("cluster.log"))) {
      // Each one-core executor now sits inside an analysis task: the kill cannot miss the stage.
      victim = hold.awaitOnExecutors(WORKERS, job, JOB_TIMEOUT).get(0);
      kill(cluster, victim.pid());
      hold.release();

      assertThat(job.awaitExit(JOB_TIMEOUT)).as("the cluster run ended in time").isTrue();
      assertThat(job.exitValue()).as(job.output()).isZero();
    }

    List<TaskEnd> tasks = EventLog.taskEnds(events);
    assertThat(tasks)
        .as("tasks ran on the cluster's executors, not in the driver")
        .isNotEmpty()
        .noneMatch(t -> t.executorId().equals("driver"));
    List<TaskEnd> victimsPartition =
        tasks.stream()
            .filter(t -> t.stageId() == victim.stage() && t.partition() == victim.partition())
            .toList();
    assertThat(victimsPartition)
        .as("Spark saw the killed executor's analysis task fail")
        .anyMatch(t -> t.executorId().equals(victim.executorId()) && !t.succeeded());
    assertThat(victimsPartition)
        .as("and analysed that partition again, successfully")
        .anyMatch(t -> t.isRetry() && t.succeeded());
    assertSameTables(localOutput, output);
  }

  /** The README's local line on the corpus: the reference tables. */
  private Path runLocally(Path corpus) {
    Path output = dir.resolve("local-output");
    try (SparkSubmitProcess job =
        SparkSubmitProcess.start(
            SubmitLine.fromReadme("local["),
            null,
            corpus,
            output,
            List.of(),
            dir.resolve("local.log"))) {
      assertThat(job.awaitExit(JOB_TIMEOUT)).as("the local run ended in time").isTrue();
      assertThat(job.exitValue()).as(job.output()).isZero();
      assertThat(job.output())
          .contains(
              String.format(
                  "summary: input %d = processed %d + skipped 0 + quarantined %d",
                  SeedCorpusParts.DOCUMENTS + SeedCorpusParts.QUARANTINED,
                  SeedCorpusParts.DOCUMENTS,
                  SeedCorpusParts.QUARANTINED));
    }
    return output;
  }

  /** SIGKILL to one of the cluster's executors, by PID: what a lost machine looks like. */
  private static void kill(StandaloneCluster cluster, long pid) throws Exception {
    ProcessHandle executor =
        cluster.executors().stream()
            .filter(p -> p.pid() == pid)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no executor of ours has PID " + pid));
    executor.destroyForcibly();
    executor.onExit().get(1, TimeUnit.MINUTES);
  }

  private static void assertSameTables(Path expected, Path actual) {
    for (TableSchema table : Tables.ALL) {
      if (!table.inSnapshot()) {
        continue; // the run log differs by run id and timing, by design
      }
      TableComparison.assertSameRows(
          table, table(expected, table).collectAsList(), table(actual, table).collectAsList());
    }
    assertThat(table(actual, Tables.DOCUMENTS).count()).isEqualTo(SeedCorpusParts.DOCUMENTS);
  }

  private Path directory(String name) {
    try {
      return Files.createDirectories(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
