package org.newsstance.job.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/**
 * Test-only hook, off unless the Spark conf {@value #CONF} names a file. Then every analysis task
 * first leaves a marker beside that file (which executor process runs it) and waits until the file
 * exists. The cluster fault test uses it to kill an executor that is certainly inside the analysis
 * stage, instead of hoping a kill lands while the stage runs.
 */
public final class HoldAnalysisUntilFile {
  public static final String CONF = "spark.newsstance.test.holdAnalysisUntilFile";

  /** A forgotten release file must not hang a run forever. */
  private static final long MAX_HOLD_MILLIS = TimeUnit.MINUTES.toMillis(10);

  private HoldAnalysisUntilFile() {}

  static void awaitIfConfigured() {
    SparkEnv env = SparkEnv.get();
    TaskContext task = TaskContext.get();
    if (env == null || task == null || !env.conf().contains(CONF)) {
      return;
    }
    Path release = Path.of(env.conf().get(CONF));
    announce(release, env.executorId(), task);
    long deadline = System.currentTimeMillis() + MAX_HOLD_MILLIS;
    try {
      while (!Files.exists(release) && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes {@code RELEASE.stage-S.partition-P.attempt-A} holding the executor id and its PID. */
  private static void announce(Path release, String executorId, TaskContext task) {
    String name =
        String.format(
            Locale.ROOT,
            "%s.stage-%d.partition-%d.attempt-%d",
            release.getFileName(),
            task.stageId(),
            task.partitionId(),
            task.attemptNumber());
    String content = "executor=" + executorId + "\npid=" + ProcessHandle.current().pid() + "\n";
    try {
      // Written whole, then renamed: a reader never sees half a marker.
      Path partial =
          Files.writeString(
              release.resolveSibling(name + ".partial"), content, StandardCharsets.UTF_8);
      Files.move(partial, release.resolveSibling(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
