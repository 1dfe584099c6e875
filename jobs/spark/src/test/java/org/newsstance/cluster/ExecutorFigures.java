package org.newsstance.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsstance.cluster.EventLog.TaskEnd;
import org.newsstance.testing.ProjectFiles;

/**
 * What {@link ScaleOutBenchmark} reads about the executors of one run from the event log and the
 * workers' logs: model load, heap, task and CPU time, idle time at the end of the analysis, and the
 * warm analysis rate.
 */
final class ExecutorFigures {
  private static final Pattern MODEL_LOADED = Pattern.compile("done \\[(\\d+(?:\\.\\d+)?) sec\\]");

  private ExecutorFigures() {}

  /**
   * Per executor of the whole-corpus run: seconds CoreNLP spent loading models, peak heap, and its
   * tasks' run time with the part of it their own threads spent on a CPU (the rest is waiting,
   * mostly for the JVM's JIT compiler and garbage collector on the same core).
   */
  static void print(Path clusterDir, Path events) throws IOException {
    Map<String, Long> peakHeap = new TreeMap<>();
    Map<String, Long> runMillis = new TreeMap<>();
    Map<String, Long> cpuNanos = new TreeMap<>();
    List<TaskEnd> ends = EventLog.taskEnds(events);
    for (TaskEnd t : ends) {
      peakHeap.merge(t.executorId(), t.executorPeakHeapBytes(), Math::max);
      runMillis.merge(t.executorId(), t.runMillis(), Long::sum);
      cpuNanos.merge(t.executorId(), t.cpuNanos(), Long::sum);
    }
    Map<String, Long> idleAtEnd = idleAtEndOfAnalysis(ends);
    String appId = EventLog.applicationId(events);
    try (Stream<Path> files = Files.walk(clusterDir)) {
      // Workers keep each executor's output in WORK_DIR/APP_ID/EXECUTOR_ID/stderr.
      for (Path stderr :
          files
              .filter(f -> f.getFileName().toString().equals("stderr"))
              .filter(f -> f.getParent().getParent().getFileName().toString().equals(appId))
              .sorted(Comparator.comparing(f -> f.getParent().getFileName().toString()))
              .toList()) {
        String executor = stderr.getParent().getFileName().toString();
        Matcher m = MODEL_LOADED.matcher(ProjectFiles.read(stderr));
        double seconds = 0;
        while (m.find()) {
          seconds += Double.parseDouble(m.group(1));
        }
        System.out.printf(
            Locale.ROOT,
            "  executor %s: models loaded in %.1f s, peak heap in use %d MB, tasks ran %.0f s"
                + " of which %.0f s on a CPU; idle %.1f s at the end of the analysis%n",
            executor,
            seconds,
            peakHeap.getOrDefault(executor, 0L) >> 20,
            runMillis.getOrDefault(executor, 0L) / 1e3,
            cpuNanos.getOrDefault(executor, 0L) / 1e9,
            idleAtEnd.getOrDefault(executor, 0L) / 1e3);
      }
    }
  }

  /**
   * Per executor, how long before the analysis stage's last task it finished its own last one: the
   * time it sat idle while the stage waited for the other. Smaller tasks shorten it.
   */
  private static Map<String, Long> idleAtEndOfAnalysis(List<TaskEnd> ends) {
    int analysis = analysisStage(ends);
    Map<String, Long> lastEnd = new TreeMap<>();
    ends.stream()
        .filter(t -> t.stageId() == analysis)
        .forEach(t -> lastEnd.merge(t.executorId(), t.finishMillis(), Math::max));
    long stageEnd = lastEnd.values().stream().mapToLong(Long::longValue).max().orElse(0);
    Map<String, Long> idle = new TreeMap<>();
    lastEnd.forEach((executor, end) -> idle.put(executor, stageEnd - end));
    return idle;
  }

  /**
   * How fast the executors analyse once warm: per executor, the input bytes of its analysis tasks
   * after its first (documents differ in length; bytes follow the text) over those tasks' run time,
   * summed over executors, which run side by side. The first task carries what a fresh executor JVM
   * pays once whatever the corpus (model load, and the JIT compiling CoreNLP's code on the same
   * core), which the steady state of the whole-minus-start-up difference still holds because the
   * one-document start-up run is too short to warm the JIT. With two workers each executor's first
   * task is half as long, so it is less warm after it: this rate is, if anything, low for two.
   */
  static double warmRate(List<TaskEnd> ends) {
    int analysis = analysisStage(ends);
    Map<String, List<TaskEnd>> byExecutor = new TreeMap<>();
    ends.stream()
        .filter(t -> t.stageId() == analysis && t.succeeded())
        .forEach(t -> byExecutor.computeIfAbsent(t.executorId(), e -> new ArrayList<>()).add(t));
    double rate = 0;
    for (List<TaskEnd> tasks : byExecutor.values()) {
      tasks.sort(Comparator.comparingLong(TaskEnd::launchMillis));
      long bytes = 0;
      long millis = 0;
      for (TaskEnd t : tasks.subList(1, tasks.size())) {
        bytes += t.shuffleReadBytes();
        millis += t.runMillis();
      }
      rate += millis == 0 ? 0 : bytes / (millis / 1e3);
    }
    return rate;
  }

  /** The analysis stage: the one whose tasks ran longest in total. */
  private static int analysisStage(List<TaskEnd> ends) {
    Map<Integer, Long> runByStage = new TreeMap<>();
    ends.forEach(t -> runByStage.merge(t.stageId(), t.runMillis(), Long::sum));
    return runByStage.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
