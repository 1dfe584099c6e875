package org.newsstance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.HeldLock;
import org.newsstance.testing.NewsCorpus;
import org.newsstance.testing.ProjectFiles;
import org.newsstance.testing.SparkTest;

/**
 * A run that fails half-way through writing its snapshot (after some tables' files are written)
 * leaves the published tables complete and unchanged, and the next run recovers.
 */
class InterruptedRunTest extends SparkTest {
  @TempDir Path input;
  @TempDir Path output;

  private String current() throws Exception {
    return Files.readString(output.resolve("_CURRENT"), StandardCharsets.UTF_8).strip();
  }

  @Test
  void aRunThatFailsWhilePublishingLeavesThePublishedTablesIntactAndTheNextRunRecovers()
      throws Exception {
    NewsCorpus corpus = new NewsCorpus(input).writeAll();
    RunConfig config = config(input, output, ParagraphMode.BLANK_LINE);
    RunSummary first = run(config);
    Map<String, List<Row>> published = publishedRows(output);

    corpus.write(
        "third-day",
        "2026-02-08",
        "On the third day the delegations agreed to meet again in two weeks, and Oman will host.");
    NewsstanceJob failing =
        new NewsstanceJob(
            spark(),
            config,
            new Progress(System.out),
            table -> {
              if (table == Tables.PARAGRAPHS) {
                // As Spark's own failures do (SparkException from Scala): a checked exception
                // that no Java signature declares.
                sneakyThrow(new IOException("injected failure after writing " + table.name()));
              }
            });
    assertThatThrownBy(failing::run).hasMessageContaining("injected failure");

    // Files of the failed run exist, but readers see the first run's tables, whole.
    try (var snapshots = Files.list(output.resolve("snapshots"))) {
      assertThat(snapshots).hasSize(2);
    }
    assertThat(current()).isEqualTo(first.runId());
    assertThat(publishedRows(output)).isEqualTo(published);
    assertThat(output.resolve("_lock")).as("released").doesNotExist();
    Row failed = runs(output).get(1);
    assertThat(failed.<String>getAs("status")).isEqualTo("failed");
    assertThat(failed.<String>getAs("error")).contains("injected failure after writing paragraphs");

    RunSummary recovered = run(config);
    assertThat(recovered.processed()).isEqualTo(1);
    assertThat(current()).isEqualTo(recovered.runId());
    try (var snapshots = Files.list(output.resolve("snapshots"))) {
      assertThat(snapshots.map(p -> p.getFileName().toString()))
          .as("the failed run's half snapshot is gone")
          .containsExactlyInAnyOrder(first.runId(), recovered.runId());
    }
    Map<String, List<Row>> now = publishedRows(output);
    assertThat(now.get("documents")).hasSize(6).containsAll(published.get("documents"));
    assertThat(now.get("sentences")).containsAll(published.get("sentences"));
    assertThat(output.resolve("_staging")).isEmptyDirectory();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
    throw (E) t;
  }

  @Test
  void aPublishedSnapshotThatIsGoneStopsTheRunAndTheErrorSaysHowToStartAgain() throws Exception {
    new NewsCorpus(input).writeAll();
    RunConfig config = config(input, output, ParagraphMode.BLANK_LINE);
    RunSummary first = run(config);
    ProjectFiles.deleteRecursively(output.resolve("snapshots").resolve(first.runId()));

    assertThatThrownBy(() -> run(config))
        .isInstanceOfSatisfying(
            UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NO_INPUT))
        .hasMessageContaining("the published snapshot '" + first.runId() + "'")
        .hasMessageContaining("is missing");
    assertThat(output.resolve("_lock")).as("released").doesNotExist();

    // As the error's fix says: without the pointer, the next run analyses the whole input again.
    Files.delete(output.resolve("_CURRENT"));
    RunSummary again = run(config);
    assertThat(again.processed()).isEqualTo(first.processed()).isPositive();
    assertThat(current()).isEqualTo(again.runId());
  }

  @Test
  void aSecondRunIsRefusedWhileTheLockIsHeld() throws Exception {
    new NewsCorpus(input).writeAll();
    HeldLock.write(output);
    assertThatThrownBy(() -> run(config(input, output, ParagraphMode.BLANK_LINE)))
        .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode().code()).isEqualTo(75))
        .hasMessageContaining("another run is writing to this output (run " + HeldLock.RUN_ID);
    assertThat(output.resolve("snapshots")).doesNotExist();
  }
}
