package org.newsstance.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsstance.testing.ProjectFiles;

/**
 * The driver JVM of one {@code spark-submit}: {@code org.apache.spark.deploy.SparkSubmit} with only
 * Spark's jars on its classpath, the line's {@code --driver-memory} as its heap and its {@code
 * --driver-java-options} as JVM options, which is what the {@code spark-submit} script does in
 * client mode (the driver JVM is already running when SparkSubmit reads the line, so those two must
 * be given to the JVM itself). Closing it stops it by PID.
 */
final class SparkSubmitProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private SparkSubmitProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the line with {@code extraOptions} (test-only {@code --conf}s) before its own; the
   * driver's output goes to {@code log}.
   */
  static SparkSubmitProcess start(
      SubmitLine line,
      String master,
      Path input,
      Path output,
      List<String> extraOptions,
      Path log) {
    List<String> args = new ArrayList<>(List.of("--conf", "spark.ui.enabled=false"));
    args.addAll(extraOptions);
    args.addAll(line.resolved(master, input, output));
    String heap = line.option("--driver-memory");
    String javaOptions = line.option("--driver-java-options");
    Process process =
        Processes.startSparkJvm(
            List.of(),
            javaOptions.isBlank() ? List.of() : List.of(javaOptions.strip().split("\\s+")),
            heap.isEmpty() ? "1g" : heap,
            "org.apache.spark.deploy.SparkSubmit",
            args,
            Map.of(),
            log);
    return new SparkSubmitProcess(process, log);
  }

  /** Waits for the job to end; false if it did not within {@code timeout} (it is then stopped). */
  boolean awaitExit(Duration timeout) {
    try {
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
    return false;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }

  /** Everything the driver printed: the job's progress and summary, Spark's warnings. */
  String output() {
    return ProjectFiles.read(log);
  }

  @Override
  public void close() {
    Processes.stop(process);
  }
}
