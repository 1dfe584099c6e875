package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.job.RunSummary;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.BuiltArtifacts;
import org.newsstance.testing.NewsCorpus;
import org.newsstance.testing.ProjectFiles;
import org.newsstance.testing.SparkTest;

/**
 * A run in its own JVM (spark-submit, as users run it), killed with SIGKILL (no shutdown hook, no
 * cleanup) or stopped with SIGTERM while it writes its snapshot. The published tables must still
 * read completely and correctly, and the next run must take over the dead run's lock and recover.
 */
class KilledRunIT extends SparkTest {
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void aRunKilledWhileWritingLeavesThePublishedTablesReadableAndTheNextRunRecovers()
      throws Exception {
    Interrupted run = interrupt(Process::destroyForcibly); // SIGKILL: no hook runs
    assertThat(Files.readString(output.resolve("_lock"))).contains("\"pid\":" + run.child().pid());
    assertNextRunRecovers(run);
  }

  @Test
  void aRunStoppedBySigtermSaysSoAndLeavesItsLockForTheNextRunToTakeAtOnce() throws Exception {
    Interrupted run = interrupt(Process::destroy); // SIGTERM, as a scheduler's timeout sends
    String printed = ProjectFiles.read(output.resolveSibling(output.getFileName() + ".log"));
    assertThat(printed)
        .contains("error: run " + run.killedSnapshot().getFileName() + " was stopped")
        .doesNotContain("error: the run failed")
        // Spark is torn down under the run: no attempt to write its row, which would fail with
        // Spark's "internal error"; the next run records it (below).
        .doesNotContain("could not append run");
    // Dead to every host now, not only after the TTL: another host's run need not wait.
    assertThat(Files.readString(output.resolve("_lock")))
        .contains("\"pid\":" + run.child().pid())
        .contains("\"ttl_seconds\":0");
    assertNextRunRecovers(run);
  }

  private record Interrupted(
      RunSummary first, Map<String, List<Row>> published, Process child, Path killedSnapshot) {}

  /** Publishes the corpus, then starts a second run and stops it while it writes its snapshot. */
  private Interrupted interrupt(java.util.function.Consumer<Process> stop) throws Exception {
    NewsCorpus corpus = new NewsCorpus(input).writeAll();
    RunSummary first = run(config(input, output, ParagraphMode.BLANK_LINE));
    Map<String, List<Row>> published = publishedRows(output);
    corpus.write(
        "third-day",
        "2026-02-08",
        "On the third day the delegations agreed to meet again in two weeks, and Oman will host.");

    Process child = startRun();
    Path log = output.resolveSibling(output.getFileName() + ".log");
    Optional<Path> halfWritten = waitForFirstTableOfNewSnapshot(child, first.runId());
    stop.accept(child);
    child.waitFor(1, TimeUnit.MINUTES);
    assertThat(halfWritten).as(ProjectFiles.read(log)).isPresent();
    Path killedSnapshot = halfWritten.get();
    assertThat(killedSnapshot.resolve("_manifest.json")).doesNotExist();

    // Readers still see the first run's snapshot, whole.
    assertThat(Files.readString(output.resolve("_CURRENT"), StandardCharsets.UTF_8).strip())
        .isEqualTo(first.runId());
    assertThat(publishedRows(output)).isEqualTo(published);
    return new Interrupted(first, published, child, killedSnapshot);
  }

  private void assertNextRunRecovers(Interrupted killed) {
    RunSummary next = run(config(input, output, ParagraphMode.BLANK_LINE));
    assertThat(next.processed()).isEqualTo(1);
    assertThat(killed.killedSnapshot()).doesNotExist();
    assertThat(output.resolve("_lock")).doesNotExist();
    assertThat(publishedRows(output).get("documents"))
        .hasSize(6)
        .containsAll(killed.published().get("documents"));
    List<Row> runs = runs(output);
    assertThat(runs).extracting(r -> r.<String>getAs("status")).contains("abandoned");
    Row abandoned =
        runs.stream().filter(r -> "abandoned".equals(r.getAs("status"))).findFirst().get();
    assertThat(abandoned.<String>getAs("run_id"))
        .isEqualTo(killed.killedSnapshot().getFileName().toString());
    assertThat(abandoned.<String>getAs("error")).contains("killed before publishing");
  }

  private Process startRun() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                BuiltArtifacts.sparkSubmit(
                    "run", "--input", input.toString(), "--output", output.toString()))
            .redirectErrorStream(true)
            .redirectOutput(output.resolveSibling(output.getFileName() + ".log").toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

  /**
   * Polls until the child has written the first table of its snapshot (its _SUCCESS marker), so the
   * kill lands while the other tables are being written.
   */
  private Optional<Path> waitForFirstTableOfNewSnapshot(Process child, String publishedRunId)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    Path snapshots = output.resolve("snapshots");
    while (child.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> dirs = Files.list(snapshots)) {
        Optional<Path> written =
            dirs.filter(d -> !d.getFileName().toString().equals(publishedRunId))
                .filter(d -> Files.exists(d.resolve("documents").resolve("_SUCCESS")))
                .findFirst();
        if (written.isPresent()) {
          return written;
        }
      }
      Thread.sleep(10);
    }
    return Optional.empty();
  }
}
