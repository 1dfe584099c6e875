package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.testing.HeldLock;
import org.newsstance.testing.ProjectFiles;

/**
 * bin/nightly as cron runs it: a log file per run, quiet on success (but for warnings), and the
 * job's exit code passed through (75 while another run holds the output's lock).
 */
class NightlyWrapperIT {
  @TempDir Path output;
  @TempDir Path logs;

  private record Outcome(int exitCode, String printed) {}

  private Outcome nightly(String... more) throws Exception {
    return nightlyOn(ProjectFiles.root().resolve("seeds/corpus"), more);
  }

  private Outcome nightlyOn(Path input, String... more) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                ProjectFiles.root().resolve("bin/nightly").toString(),
                "--input",
                input.toString(),
                "--output",
                output.toString()));
    command.addAll(List.of(more));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("NEWSSTANCE_LOG_DIR", logs.toString());
    builder.environment().put("NEWSSTANCE_DRIVER_MEMORY", "2g");
    builder.environment().put("NEWSSTANCE_MASTER", "local[2]");
    // As cron runs it: no locale, so Java 17 would print its output in ASCII.
    builder.environment().remove("LANG");
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Outcome(process.exitValue(), printed);
  }

  private List<Path> logFiles() throws Exception {
    try (Stream<Path> files = Files.list(logs)) {
      return files.filter(f -> f.getFileName().toString().startsWith("nightly-")).toList();
    }
  }

  @Test
  void passesTheLockedExitCodeThroughThenPublishesQuietly() throws Exception {
    HeldLock.write(output);
    Outcome locked = nightly();
    assertThat(locked.exitCode()).as(locked.printed()).isEqualTo(75);
    assertThat(locked.printed()).contains("locked by another run");
    assertThat(logFiles()).hasSize(1);
    assertThat(ProjectFiles.read(logFiles().get(0)))
        .contains("another run is writing to this output (run " + HeldLock.RUN_ID);

    Files.delete(output.resolve("_lock"));
    // Log files are named by the second and the process id: no wait between runs.
    Outcome published = nightly();
    assertThat(published.exitCode()).as(published.printed()).isZero();
    assertThat(published.printed()).as("quiet on success, so cron mails nothing").isEmpty();
    assertThat(logFiles()).hasSize(2);
    assertThat(logFiles().stream().map(ProjectFiles::read))
        .anyMatch(log -> log.contains("summary: input 1 = processed 1 + skipped 0"))
        .anyMatch(log -> log.contains("documents 1 · paragraphs 28 · sentences"));

    // The tables are right but the run could not be recorded: exit 0, and cron still hears of it.
    try (Stream<Path> runs = Files.walk(output.resolve("runs"))) {
      runs.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.writeString(output.resolve("runs"), "not a folder", StandardCharsets.UTF_8);
    Outcome unrecorded = nightly();
    assertThat(unrecorded.exitCode()).as(unrecorded.printed()).isZero();
    assertThat(unrecorded.printed())
        .contains("nightly: published, with warnings")
        .contains("warning: could not append run");
  }

  /** A feed separated by semicolons quarantines every record: published, but cron must hear. */
  @Test
  void aRunThatQuarantinesEveryRecordExits65AndSaysHowToSeeWhy(@TempDir Path feed)
      throws Exception {
    Files.writeString(
        feed.resolve("feed.csv"),
        "id;title;text\n1;One;Iran and the US met in Muscat.\n2;Two;The talks ended.\n",
        StandardCharsets.UTF_8);
    Outcome quarantined = nightlyOn(feed);
    assertThat(quarantined.exitCode()).as(quarantined.printed()).isEqualTo(65);
    assertThat(quarantined.printed())
        .contains("nightly: published, but every input record was quarantined")
        .contains("error: all 3 input records were quarantined")
        .contains("FROM quarantine GROUP BY 1");
  }

  @Test
  void aFailedRunPrintsTheJobsOwnErrorBeforeTheLogsTail() throws Exception {
    Outcome bad = nightly("--bogus");
    assertThat(bad.exitCode()).as(bad.printed()).isEqualTo(2);
    // The usage text that follows the error fills the last 25 lines; the error must still show.
    assertThat(bad.printed().lines().limit(3)).contains("Unknown option: '--bogus'");
  }
}
