package org.newsstance.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsstance.job.analyze.HoldAnalysisUntilFile;
import org.newsstance.testing.ProjectFiles;

/**
 * The analysis tasks that the test-only conf {@value HoldAnalysisUntilFile#CONF} holds: each leaves
 * a marker beside the release file saying where it runs, and waits until the release file exists.
 */
final class HeldTasks {
  private static final Pattern MARKER =
      Pattern.compile("\\.stage-(\\d+)\\.partition-(\\d+)\\.attempt-(\\d+)$");

  /** One held task: its stage, partition and attempt, the executor running it and its PID. */
  record HeldTask(int stage, int partition, int attempt, String executorId, long pid) {}

  private final Path release;

  HeldTasks(Path release) {
    this.release = release;
  }

  /** The spark-submit option that holds every analysis task until {@link #release()}. */
  List<String> options() {
    return List.of("--conf", HoldAnalysisUntilFile.CONF + "=" + release);
  }

  /**
   * Waits until held tasks run on {@code executors} different executors; fails if the job ends or
   * the time runs out first.
   */
  List<HeldTask> awaitOnExecutors(int executors, SparkSubmitProcess job, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<HeldTask> held = held();
      if (held.stream().map(HeldTask::executorId).distinct().count() >= executors) {
        return held;
      }
      if (!job.isAlive()) {
        throw new IllegalStateException(
            "the job ended before its tasks were held:\n" + job.output());
      }
      StandaloneCluster.sleep(200);
    }
    throw new IllegalStateException(
        "held tasks ran on fewer than " + executors + " executors: " + held());
  }

  void release() {
    try {
      Files.writeString(release, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<HeldTask> held() {
    String prefix = release.getFileName().toString();
    try (Stream<Path> files = Files.list(release.getParent())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix + "."))
          .filter(f -> MARKER.matcher(f.getFileName().toString()).find())
          .sorted()
          .map(HeldTasks::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HeldTask read(Path marker) {
    Matcher m = MARKER.matcher(marker.getFileName().toString());
    if (!m.find()) {
      throw new IllegalStateException("not a marker: " + marker);
    }
    Properties where = new Properties();
    try {
      where.load(new StringReader(ProjectFiles.read(marker)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HeldTask(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        where.getProperty("executor"),
        Long.parseLong(where.getProperty("pid")));
  }
}
