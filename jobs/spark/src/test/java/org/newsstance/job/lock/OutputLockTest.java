package org.newsstance.job.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.job.ExitCode;
import org.newsstance.job.UserError;

/** The output lock on a real local folder, with holders alive, dead and silent. */
class OutputLockTest {
  @TempDir Path output;

  private org.apache.hadoop.fs.Path lockPath() {
    return new org.apache.hadoop.fs.Path(output.resolve("_lock").toUri());
  }

  private OutputLock acquire(String runId) {
    return OutputLock.acquire(lockPath(), new Configuration(), runId, Clock.systemUTC());
  }

  private void writeHolder(LockHolder holder) throws Exception {
    Files.writeString(output.resolve("_lock"), holder.toJson(), StandardCharsets.UTF_8);
  }

  private static long pidOfFinishedProcess() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() {
    try (OutputLock first = acquire("run-1")) {
      assertThat(first.displaced()).isEmpty();
      assertThatThrownBy(() -> acquire("run-2"))
          .isInstanceOfSatisfying(
              UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.LOCKED))
          .hasMessageContaining("run run-1 on " + LockHolder.localHost())
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    // Released on close: the next run gets it.
    try (OutputLock next = acquire("run-3")) {
      assertThat(next.holder().runId()).isEqualTo("run-3");
    }
    assertThat(output.resolve("_lock")).doesNotExist();
  }

  @Test
  void theFirstRunOnAnOutputCreatesItsFolder() {
    org.apache.hadoop.fs.Path lock =
        new org.apache.hadoop.fs.Path(output.resolve("new/output/_lock").toUri());
    try (OutputLock first =
        OutputLock.acquire(lock, new Configuration(), "run-1", Clock.systemUTC())) {
      assertThat(output.resolve("new/output/_lock")).exists();
    }
  }

  @Test
  void aLockLeftByAProcessThatDiedOnThisHostIsTakenOverAtOnce() throws Exception {
    Instant now = Instant.now();
    LockHolder dead =
        new LockHolder("killed-run", LockHolder.localHost(), pidOfFinishedProcess(), now, now, 600);
    writeHolder(dead);
    try (OutputLock lock = acquire("run-2")) {
      assertThat(lock.displaced()).contains(dead);
      assertThat(Files.readString(output.resolve("_lock"))).contains("\"run_id\":\"run-2\"");
    }
  }

  @Test
  void aLockFromAnotherHostIsHonouredUntilItsHeartbeatIsOlderThanItsTtl() throws Exception {
    Instant now = Instant.now();
    writeHolder(new LockHolder("remote-run", "another-host", 1, now, now, 600));
    assertThatThrownBy(() -> acquire("run-2"))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("remote-run on another-host");

    Instant longAgo = now.minus(Duration.ofMinutes(11));
    LockHolder silent = new LockHolder("remote-run", "another-host", 1, longAgo, longAgo, 600);
    writeHolder(silent);
    try (OutputLock lock = acquire("run-3")) {
      assertThat(lock.displaced()).contains(silent);
    }
  }

  @Test
  void aRunThatLostItsLockCannotPublish() throws Exception {
    try (OutputLock lock = acquire("run-1")) {
      lock.checkHeld();
      Instant now = Instant.now();
      // Another run took over (run-1 was presumed dead).
      writeHolder(new LockHolder("run-2", LockHolder.localHost(), 1, now, now, 600));
      assertThatThrownBy(lock::checkHeld)
          .isInstanceOf(UserError.class)
          .hasMessageContaining("run-1 lost the output's lock");
    }
    // Closing does not delete the lock it no longer holds.
    assertThat(Files.readString(output.resolve("_lock"))).contains("\"run_id\":\"run-2\"");
  }

  @Test
  void aLockThatCannotBeRemovedDoesNotTurnAnEndedRunIntoAFailure() throws Exception {
    OutputLock lock = acquire("run-1");
    // Something the lock cannot read or delete now stands where it was written.
    Files.delete(output.resolve("_lock"));
    Files.createDirectories(output.resolve("_lock/in-the-way"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThatCode(lock::close).doesNotThrowAnyException();
    } finally {
      System.setErr(stderr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("warning: could not remove the lock ")
        .contains("the next run takes it over");
  }

  /** A clock the test moves by hand, so no test depends on the system clock's resolution. */
  private static final class MovableClock extends Clock {
    // volatile: the heartbeat thread reads it too.
    private volatile Instant now = Instant.parse("2026-11-29T03:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void theHeartbeatMovesForward() throws Exception {
    MovableClock clock = new MovableClock();
    try (OutputLock lock = OutputLock.acquire(lockPath(), new Configuration(), "run-1", clock)) {
      Instant first = lock.holder().heartbeatAt();
      clock.advance(Duration.ofSeconds(30));
      lock.checkHeld();
      assertThat(lock.holder().heartbeatAt()).isAfter(first);
      assertThat(LockHolder.parse(Files.readString(output.resolve("_lock"))).orElseThrow())
          .isEqualTo(lock.holder());
    }
  }
}
