package org.newsstance.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spark's own record of a run: the driver's event log (JSON lines, written when {@link #options}
 * are given), read for the tasks that ended and how.
 */
final class EventLog {
  private EventLog() {}

  /**
   * The spark-submit options that make the driver write its event log, uncompressed, to {@code
   * dir}.
   */
  static List<String> options(Path dir) {
    return List.of(
        "--conf", "spark.eventLog.enabled=true",
        "--conf", "spark.eventLog.dir=" + dir.toUri(),
        "--conf", "spark.eventLog.compress=false",
        "--conf", "spark.eventLog.rolling.enabled=false");
  }

  /**
   * One ended task attempt.
   *
   * @param reason {@code Success}, or why it failed ({@code ExecutorLostFailure}, {@code
   *     FetchFailed}, ...)
   * @param executorPeakHeapBytes the most heap its executor had in use so far (garbage included),
   *     as Spark samples it; 0 when not recorded
   * @param runMillis the task's run time on its executor; 0 when not recorded
   * @param cpuNanos the CPU time of the task's own thread (not the JVM's compiler or collector
   *     threads); 0 when not recorded
   * @param finishMillis when the task ended (epoch milliseconds, the driver's clock)
   * @param launchMillis when the task started (same clock)
   * @param shuffleReadBytes bytes of input rows the task read from the previous stage (the analysis
   *     reads its documents so, after a repartition); 0 for other tasks
   */
  record TaskEnd(
      int stageId,
      int stageAttempt,
      int partition,
      int attempt,
      String executorId,
      String reason,
      long executorPeakHeapBytes,
      long runMillis,
      long cpuNanos,
      long finishMillis,
      long launchMillis,
      long shuffleReadBytes) {
    boolean succeeded() {
      return "Success".equals(reason);
    }

    /** A second try of the partition: a later task attempt or a resubmitted stage. */
    boolean isRetry() {
      return attempt > 0 || stageAttempt > 0;
    }
  }

  static List<TaskEnd> taskEnds(Path dir) {
    ObjectMapper json = new ObjectMapper();
    List<TaskEnd> ends = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          JsonNode event = json.readTree(line);
          if ("SparkListenerTaskEnd".equals(event.path("Event").asText())) {
            JsonNode info = event.path("Task Info");
            JsonNode shuffleRead = event.path("Task Metrics").path("Shuffle Read Metrics");
            ends.add(
                new TaskEnd(
                    field(event, "Stage ID").asInt(),
                    field(event, "Stage Attempt ID").asInt(),
                    field(info, "Partition ID").asInt(),
                    field(info, "Attempt").asInt(),
                    field(info, "Executor ID").asText(),
                    field(field(event, "Task End Reason"), "Reason").asText(),
                    event.path("Task Executor Metrics").path("JVMHeapMemory").asLong(),
                    event.path("Task Metrics").path("Executor Run Time").asLong(),
                    event.path("Task Metrics").path("Executor CPU Time").asLong(),
                    field(info, "Finish Time").asLong(),
                    field(info, "Launch Time").asLong(),
                    shuffleRead.path("Local Bytes Read").asLong()
                        + shuffleRead.path("Remote Bytes Read").asLong()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ends;
  }

  /** The id of the application that wrote the (one) event log in {@code dir}. */
  static String applicationId(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("app-"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no event log in " + dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field the event must have: a renamed field must fail the test, not read as 0. */
  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new IllegalStateException("event log entry without \"" + name + "\": " + node);
    }
    return value;
  }
}
