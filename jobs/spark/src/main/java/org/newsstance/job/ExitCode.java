package org.newsstance.job;

/**
 * Process exit codes, chosen so that schedulers (cron, Airflow, systemd) can tell what to do: retry
 * on {@link #LOCKED}, page someone on {@link #INTERNAL}, fix the command on {@link #USAGE}. Values
 * follow BSD sysexits where one fits.
 */
public enum ExitCode {
  /** The run published its tables (quarantined inputs are reported, not failures). */
  OK(0),
  /** The run failed; the previously published tables are untouched. */
  FAILED(1),
  /** Bad options or a bad query: fix the command. */
  USAGE(2),
  /**
   * Every input record was quarantined: the tables are published (the quarantine says why), but
   * nothing was analysed, which a wrong column or separator causes; a scheduler should alert.
   */
  ALL_QUARANTINED(65),
  /** The input path does not exist or cannot be read. */
  NO_INPUT(66),
  /**
   * A bug: the run's own invariants do not hold (for example input ≠ processed + skipped +
   * quarantined).
   */
  INTERNAL(70),
  /** The output cannot be written. */
  CANNOT_WRITE(73),
  /** Another run holds the output's lock: try again later. */
  LOCKED(75);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
