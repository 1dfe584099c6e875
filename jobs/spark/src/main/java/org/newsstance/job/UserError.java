package org.newsstance.job;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsstance.job.lock.OutputLock;
import org.newsstance.publish.OutputLayout;

/**
 * A failure the user can act on: what went wrong, why, and how to fix it, with the exit code a
 * scheduler should see. The messages are built here, so they read alike and are easy to find; only
 * {@link #usage} and {@link #noInput} take their three texts from the command that alone knows them
 * (which option clashes with which, which file a command reads).
 */
public final class UserError extends RuntimeException {
  private final ExitCode exitCode;
  private final String why;
  private final String fix;

  private UserError(ExitCode exitCode, String what, String why, String fix, Throwable cause) {
    super(what, cause);
    this.exitCode = exitCode;
    this.why = why;
    this.fix = fix;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /** The three-part message printed to the user. */
  public String render() {
    return String.format(Locale.ROOT, "error: %s%n  why: %s%n  fix: %s", getMessage(), why, fix);
  }

  public static UserError inputMissing(String input) {
    return new UserError(
        ExitCode.NO_INPUT,
        "input " + input + " does not exist",
        "--input must name a corpus file or folder",
        "check the path; without --input the job reads seeds/corpus/ below bin/newsstance's"
            + " checkout, or below the current folder under spark-submit (pass --input there)",
        null);
  }

  /**
   * A benchmark file that is not there ({@code evaluate}, {@code train-sentiment}, {@code bench}):
   * unlike a run's corpus, it has no seed to fall back on.
   */
  public static UserError datasetMissing(String input) {
    return new UserError(
        ExitCode.NO_INPUT,
        "input " + input + " does not exist",
        "this command reads one benchmark file (NewsMTSC JSON Lines or PerSenT CSV), not a corpus",
        "check the path; README \"Sentiment\" and \"Performance\" name the files these commands"
            + " read",
        null);
  }

  public static UserError inputUnreadable(String input, Throwable cause) {
    return new UserError(
        ExitCode.NO_INPUT,
        "input " + input + " cannot be read",
        FailureCauses.reason(cause),
        "check permissions and, for remote file systems, credentials",
        cause);
  }

  public static UserError outputUnwritable(String output, Throwable cause) {
    return new UserError(
        ExitCode.CANNOT_WRITE,
        "output " + output + " cannot be written",
        FailureCauses.reason(cause),
        "choose a writable --output folder",
        cause);
  }

  public static UserError outputMissing(String output) {
    return new UserError(
        ExitCode.NO_INPUT,
        "output folder " + output + " does not exist",
        "query reads the tables a run published into --output",
        "pass the --output folder of `newsstance run` (default: output/ in the project)",
        null);
  }

  public static UserError nothingPublished(String output) {
    return new UserError(
        ExitCode.NO_INPUT,
        "no run has published tables in " + output,
        "the folder has no " + OutputLayout.CURRENT_POINTER + " pointer naming a snapshot",
        "run `newsstance run --output " + output + "` first, or pass the folder a run published to",
        null);
  }

  public static UserError snapshotMissing(String output, String runId) {
    return new UserError(
        ExitCode.NO_INPUT,
        "the published snapshot '" + runId + "' of " + output + " is missing",
        OutputLayout.CURRENT_POINTER
            + " names a folder under "
            + OutputLayout.SNAPSHOTS
            + "/ that is not there (deleted or copied without it)",
        "restore that folder (copy the whole output folder), or delete "
            + output
            + "/"
            + OutputLayout.CURRENT_POINTER
            + " so that the next run analyses the whole input again and publishes a new snapshot",
        null);
  }

  public static UserError tablesUnreadable(String snapshot, Throwable cause) {
    return new UserError(
        ExitCode.NO_INPUT,
        "the tables in " + snapshot + " cannot be read",
        FailureCauses.reason(cause),
        "check that the files are complete and readable; rerun the job if they are damaged",
        cause);
  }

  /**
   * DuckDB's message names the problem on its first line and points at it on the next ones (LINE 1:
   * ... with a caret); the pointer lines are kept together so the caret stays under the error.
   */
  public static UserError badQuery(String duckDbMessage, List<String> tables) {
    List<String> lines =
        String.valueOf(duckDbMessage).strip().lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      lines = List.of("DuckDB gave no reason");
    }
    String detail =
        lines.size() > 1
            ? String.join(System.lineSeparator() + "       ", lines.subList(1, lines.size()))
                .strip()
            : "DuckDB rejected the statement";
    return new UserError(
        ExitCode.USAGE,
        "the query cannot run: " + lines.get(0),
        detail,
        "correct the SQL; tables: "
            + String.join(", ", tables)
            + " (DESCRIBE TABLE lists a table's columns)",
        null);
  }

  /** A file a command reads (other than the job's --input) is missing. */
  public static UserError noInput(String what, String why, String fix) {
    return new UserError(ExitCode.NO_INPUT, what, why, fix, null);
  }

  public static UserError usage(String what, String why, String fix) {
    return new UserError(ExitCode.USAGE, what, why, fix, null);
  }

  public static UserError reconciliation(
      long input, long processed, long skipped, long quarantined) {
    return new UserError(
        ExitCode.INTERNAL,
        String.format(
            Locale.ROOT,
            "input %d != processed %d + skipped %d + quarantined %d",
            input,
            processed,
            skipped,
            quarantined),
        "some input was neither processed nor quarantined, which the job must never do",
        "report this as a bug with the run summary; the tables of this run were not published",
        null);
  }

  public static UserError locked(String lockPath, String holder) {
    return new UserError(
        ExitCode.LOCKED,
        "another run is writing to this output (" + holder + ")",
        "runs on the same output are serialised by the lock " + lockPath,
        "retry later (exit code 75 means exactly that); a crashed run's lock is taken over once its process is gone (same host) or its heartbeat is older than 10 minutes",
        null);
  }

  /** What a stopped run could do with its lock. */
  public enum LockLeft {
    /** Marked abandoned: the next run on any host takes it over at once. */
    MARKED,
    /** Could not be marked: the dead-holder rules free it, later on other hosts. */
    UNMARKED,
    /** It was no longer this run's: another run took it over, or it was removed. */
    NOT_HELD
  }

  /** Printed when a run's JVM shuts down before the run ends (SIGTERM, a scheduler's timeout). */
  public static UserError stopped(String lockPath, String runId, LockLeft lock) {
    String why =
        switch (lock) {
          case MARKED -> "the lock " + lockPath + " is left marked as abandoned";
          case UNMARKED -> "the lock " + lockPath + " could not be marked as abandoned";
          case NOT_HELD ->
              "the lock " + lockPath + " was no longer this run's (taken over, or removed)";
        };
    String fix =
        switch (lock) {
          case MARKED ->
              "rerun: the next run, on any host, takes over the lock at once, removes what this"
                  + " run left and records it as abandoned";
          case UNMARKED ->
              "rerun: the next run takes over the lock once this process has ended (on another"
                  + " host after "
                  + OutputLock.TTL.toMinutes()
                  + " minutes), removes what this run left and records it as abandoned";
          case NOT_HELD -> "rerun unless another run is writing; the published tables are intact";
        };
    return new UserError(
        ExitCode.FAILED,
        "run "
            + runId
            + " was stopped before it finished (SIGTERM; or its JVM shutting down, which Spark"
            + " does with exit code 52 when it runs out of memory)",
        "nothing was published; " + why,
        fix,
        null);
  }

  /** A run that published, but quarantined every input record. */
  public static UserError allQuarantined(long input, String output) {
    return new UserError(
        ExitCode.ALL_QUARANTINED,
        "all "
            + input
            + " input records were quarantined: the tables are published, but nothing was"
            + " analysed",
        "a wrong --text-column, a CSV separated by another character or without its header, an"
            + " empty feed, a corpus that is not English, or an analysis that failed on every"
            + " document (reason analysis_failed) quarantines every record",
        "see why: bin/newsstance query --output "
            + output
            + " \"SELECT reason, count(*), any_value(detail) FROM quarantine GROUP BY 1\""
            + " (on a local disk; elsewhere read "
            + output
            + "/snapshots/RUN_ID/quarantine with any Parquet reader, RUN_ID being what "
            + output
            + "/_CURRENT holds)",
        null);
  }

  public static UserError lockLost(String lockPath, String runId, Optional<Exception> missedBeat) {
    return new UserError(
        ExitCode.LOCKED,
        "run " + runId + " lost the output's lock before publishing; nothing was published",
        "its heartbeat in "
            + lockPath
            + " stopped for longer than the lock's TTL and another run took over"
            + missedBeat
                .map(e -> " (the heartbeat could not be written: " + FailureCauses.reason(e) + ")")
                .orElse(" (a frozen driver?)"),
        "rerun later; the other run's tables are intact",
        null);
  }

  /**
   * A failure no check foresaw, printed with its stack trace. An I/O error underneath (a full disk,
   * a lost connection to the file system) is named, since the user can act on it.
   */
  public static UserError unexpected(Throwable e) {
    Throwable io = FailureCauses.io(e);
    if (io == null && FailureCauses.executorsLost(e)) {
      return new UserError(
          ExitCode.FAILED,
          "the run failed: " + e,
          "executors were lost while it ran, most often because they ran out of memory (Spark's"
              + " logs then show exit code 52); the previously published tables are untouched",
          "give each executor more memory or fewer cores (README, \"Memory per executor, and"
              + " why\"); rerun once the cause is fixed (reruns are safe)",
          e);
    }
    return new UserError(
        ExitCode.FAILED,
        "the run failed: " + e,
        (io == null ? "an unexpected failure" : "an I/O error (" + FailureCauses.reason(io) + ")")
            + "; the previously published tables are untouched",
        (io == null ? "see the stack trace below" : "check the file system's space and access")
            + "; rerun once the cause is fixed (reruns are safe)",
        e);
  }
}
