package org.newsstance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** What a user reads when a run fails in a way no check foresaw. */
class UnexpectedErrorTest {
  @Test
  void anIoErrorUnderneathIsNamedWithItsKindAndWhatToCheck() {
    UserError error =
        UserError.unexpected(
            new UncheckedIOException(
                "writing /data/out/snapshots/r1/manifest.json",
                new FileSystemException(
                    "/data/out/snapshots/r1", null, "No space left on device")));

    assertThat(error.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(error.render())
        .startsWith("error: the run failed: java.io.UncheckedIOException: writing /data/out/")
        .contains("why: an I/O error (FileSystemException: /data/out/snapshots/r1: No space left")
        .contains("fix: check the file system's space and access; rerun once the cause is fixed");
  }

  @Test
  void anyOtherFailurePointsAtTheStackTrace() {
    UserError error = UserError.unexpected(new IllegalStateException("a bug"));

    assertThat(error.render())
        .contains("why: an unexpected failure; the previously published tables are untouched")
        .contains("fix: see the stack trace below; rerun");
  }

  @Test
  void lostExecutorsPointAtTheirMemory() {
    // What a standalone cluster with 1 GB executors printed (2026-11-29): the executors' own
    // OutOfMemoryError stays in their logs; the driver sees their shuffle output gone.
    UserError error =
        UserError.unexpected(
            new IllegalStateException(
                "Job aborted due to stage failure: ResultStage 30 has failed the maximum allowable"
                    + " number of times: 4. Most recent failure reason:"
                    + " org.apache.spark.shuffle.MetadataFetchFailedException: Missing an output"
                    + " location for shuffle 7 partition 0"));

    assertThat(error.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(error.render())
        .contains(
            "why: executors were lost while it ran, most often because they ran out of memory")
        .contains("fix: give each executor more memory or fewer cores");
  }
}
