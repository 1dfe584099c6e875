package org.newsstance.job;

import java.util.Locale;

/**
 * A failure the user can act on: what went wrong, why, and how to fix it, with the exit code a
 * scheduler should see. Every such message is built here, so they read alike and are easy to find.
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
        "check the path, or omit --input to process seeds/corpus/",
        null);
  }

  public static UserError inputUnreadable(String input, Throwable cause) {
    return new UserError(
        ExitCode.NO_INPUT,
        "input " + input + " cannot be read",
        String.valueOf(cause.getMessage()),
        "check permissions and, for remote file systems, credentials",
        cause);
  }

  public static UserError outputUnwritable(String output, Throwable cause) {
    return new UserError(
        ExitCode.CANNOT_WRITE,
        "output " + output + " cannot be written",
        String.valueOf(cause.getMessage()),
        "choose a writable --output folder",
        cause);
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
        "wait for it to finish; a lock from a crashed run expires by itself (or delete the file if you are sure)",
        null);
  }
}
