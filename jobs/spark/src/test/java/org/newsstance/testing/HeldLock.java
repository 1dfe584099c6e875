package org.newsstance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.newsstance.job.lock.LockHolder;

/** An output's lock as a live run elsewhere holds it: this very process, on this host. */
public final class HeldLock {
  public static final String RUN_ID = "20261126T020000Z-beef";

  private HeldLock() {}

  public static void write(Path output) {
    Instant now = Instant.now();
    LockHolder holder =
        new LockHolder(
            RUN_ID, LockHolder.localHost(), ProcessHandle.current().pid(), now, now, 600);
    try {
      Files.createDirectories(output);
      Files.writeString(output.resolve("_lock"), holder.toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
