package org.newsstance.job.lock;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ShutdownHookManager;
import org.newsstance.job.UserError;

/**
 * The lock that serialises runs on one output: {@code OUTPUT/_lock} names the holder (run, host,
 * pid) and carries a heartbeat the holder refreshes every {@link #HEARTBEAT}. A second run is
 * refused while the holder lives; a crashed holder cannot block the output for ever, because its
 * lock is taken over once it is provably dead (same host, process gone) or silent for longer than
 * its TTL. Before publishing, a run checks that the lock is still its own, so a run that was
 * presumed dead (a driver frozen past the TTL) cannot publish over its successor. A run whose JVM
 * shuts down before the run ends (SIGTERM from a scheduler's timeout) leaves its lock marked
 * abandoned: the next run, on any host, takes it over at once instead of waiting out the TTL, and
 * still records the stopped run as abandoned.
 */
public final class OutputLock implements AutoCloseable {
  public static final Duration TTL = Duration.ofMinutes(10);
  static final Duration HEARTBEAT = Duration.ofSeconds(30);

  /**
   * Before Spark's own hook (file-system priority + 30) stops the context, and before Hadoop closes
   * the file systems the lock is written through (file-system priority).
   */
  private static final int SHUTDOWN_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 40;

  private final Path path;
  private final LockFiles files;
  private final Clock clock;
  private final Optional<LockHolder> displaced;
  private final ScheduledExecutorService heartbeat;
  private final Runnable onShutdown = this::abandon;
  private volatile LockHolder me;
  private volatile boolean lost;
  private volatile boolean released;

  /** Why the latest heartbeat could not be written, if it could not: told when the lock is lost. */
  private volatile Exception missedBeat;

  private OutputLock(
      Path path, LockFiles files, Clock clock, LockHolder me, Optional<LockHolder> displaced) {
    this.path = path;
    this.files = files;
    this.clock = clock;
    this.me = me;
    this.displaced = displaced;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsstance-lock-heartbeat");
              t.setDaemon(true);
              return t;
            });
    long every = HEARTBEAT.toMillis();
    heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    ShutdownHookManager.get().addShutdownHook(onShutdown, SHUTDOWN_PRIORITY);
  }

  /** Takes the lock for {@code runId} or throws {@link UserError#locked} naming the live holder. */
  public static OutputLock acquire(Path path, Configuration conf, String runId, Clock clock) {
    LockFiles files = new LockFiles(conf);
    LockHolder me = LockHolder.self(runId, clock.instant(), TTL.toSeconds());
    Optional<LockHolder> displaced = Optional.empty();
    try {
      // Two rounds: the second follows the removal of a dead holder's lock.
      for (int round = 0; round < 2; round++) {
        if (files.createNew(path, me.toJson())) {
          return new OutputLock(path, files, clock, me, displaced);
        }
        Optional<String> text = files.read(path);
        if (text.isEmpty()) {
          continue; // released in between
        }
        Optional<LockHolder> holder = LockHolder.parse(text.get());
        if (holder.isEmpty()) {
          // Being written right now, or garbage left by a crash mid-write: old garbage is stale.
          if (files.ageSeconds(path, clock.millis()) < TTL.toSeconds()) {
            throw UserError.locked(path.toString(), "a run that is just starting");
          }
        } else if (!holder.get().isDead(clock.instant())) {
          throw UserError.locked(path.toString(), holder.get().describe());
        }
        if (!removeStale(files, path, runId, text.get())) {
          throw UserError.locked(path.toString(), "a run that took over the same stale lock");
        }
        displaced = holder;
      }
    } catch (IOException e) {
      throw UserError.outputUnwritable(path.toString(), e);
    }
    throw UserError.locked(path.toString(), "a run that started at the same moment");
  }

  /**
   * Moves the stale lock aside and deletes it, unless what was moved is not the lock judged stale
   * (another run replaced it in between): then it is put back and the takeover is abandoned.
   */
  private static boolean removeStale(LockFiles files, Path path, String runId, String staleText)
      throws IOException {
    Path aside = new Path(path.getParent(), "." + path.getName() + "." + runId + ".stale");
    if (!files.moveAway(path, aside)) {
      return true; // already gone: try to create it
    }
    Optional<String> moved = files.read(aside);
    if (moved.isPresent() && !moved.get().equals(staleText)) {
      files.moveAway(aside, path);
      return false;
    }
    files.delete(aside);
    return true;
  }

  /** The dead holder whose lock this run took over, if any: its run was killed. */
  public Optional<LockHolder> displaced() {
    return displaced;
  }

  public LockHolder holder() {
    return me;
  }

  /** Fails unless the lock is still this run's: checked before publishing. */
  public void checkHeld() {
    beat();
    if (lost) {
      throw UserError.lockLost(path.toString(), me.runId(), Optional.ofNullable(missedBeat));
    }
  }

  private synchronized void beat() {
    if (lost) {
      return;
    }
    try {
      Optional<LockHolder> holder = files.read(path).flatMap(LockHolder::parse);
      if (holder.isEmpty() || !holder.get().runId().equals(me.runId())) {
        lost = true;
        return;
      }
      me = me.beat(clock.instant());
      files.replace(path, me.toJson());
      missedBeat = null;
    } catch (IOException | RuntimeException e) {
      // A missed beat is harmless unless they add up to the TTL; the next one retries.
      missedBeat = e;
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    if (!ShutdownHookManager.get().isShutdownInProgress()) {
      ShutdownHookManager.get().removeShutdownHook(onShutdown);
    }
    synchronized (this) {
      if (released) {
        return; // the JVM is shutting down and the lock was left marked abandoned
      }
      released = true;
      try {
        if (ownedByMe()) {
          files.delete(path);
        }
      } catch (IOException | RuntimeException e) {
        // Not an error of the run: it has ended (published or failed) and said so. The lock it
        // leaves is taken over by the next run as a dead holder's (at once on this host, after the
        // TTL elsewhere), and that run finds this one already recorded.
        System.err.printf(
            Locale.ROOT,
            "warning: could not remove the lock %s (%s); the next run takes it over once this"
                + " process has ended (elsewhere after %d minutes)%n",
            path,
            e,
            TTL.toMinutes());
      }
    }
  }

  /** The shutdown hook: the run did not end, so its lock is left for the next run to take over. */
  private void abandon() {
    heartbeat.shutdownNow();
    synchronized (this) {
      if (released) {
        return;
      }
      released = true;
      UserError.LockLeft left = UserError.LockLeft.UNMARKED;
      try {
        if (ownedByMe()) {
          files.replace(path, me.abandoned().toJson());
          left = UserError.LockLeft.MARKED;
        } else {
          left = UserError.LockLeft.NOT_HELD;
        }
      } catch (IOException | RuntimeException e) {
        // The dead holder's rules free the lock all the same, only later elsewhere.
      }
      System.err.println(UserError.stopped(path.toString(), me.runId(), left).render());
    }
  }

  private boolean ownedByMe() throws IOException {
    Optional<LockHolder> holder = files.read(path).flatMap(LockHolder::parse);
    return !lost && holder.isPresent() && holder.get().runId().equals(me.runId());
  }
}
