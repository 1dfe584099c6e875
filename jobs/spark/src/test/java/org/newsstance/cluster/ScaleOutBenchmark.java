package org.newsstance.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsstance.cluster.EventLog.TaskEnd;
import org.newsstance.testing.PersentLayout;
import org.newsstance.testing.ProjectFiles;

/**
 * The scale-out figure, run by {@code bin/bench-cluster}; a benchmark, not a test. On a standalone
 * cluster on this machine with one worker, then two (one core each), it runs the README's
 * standalone spark-submit line twice: on the corpus's first document only (start-up: JVMs, Spark,
 * executors, model loading, and the job's fixed stages) and on the whole corpus. Steady state is
 * the difference: the time the extra documents took. The last line is the steady-state ratio.
 *
 * <p>Each worker, and so its executor, is pinned to a CPU of its own ({@code taskset}): a one-core
 * worker then has one core, as a one-core host or container would. Unpinned on this 2-core machine,
 * a lone executor's JIT compiler and garbage collector (together about as much CPU as its task
 * thread in the first minutes) run free on the idle second core, so "one worker" used nearly two
 * cores and the second worker could add little.
 */
public final class ScaleOutBenchmark {
  private static final Duration RUN_TIMEOUT = Duration.ofHours(2);
  private static final Pattern MODEL_LOADED = Pattern.compile("done \\[(\\d+(?:\\.\\d+)?) sec\\]");

  private ScaleOutBenchmark() {}

  /** Arguments: the corpus (a CSV laid out as PerSenT's), default the PerSenT dev set. */
  public static void main(String[] args) throws IOException {
    Path root = ProjectFiles.root();
    Path corpus =
        args.length > 0
            ? Path.of(args[0]).toAbsolutePath()
            : root.resolveSibling("shared/benchmarks/persent/dev.csv");
    Path work = root.resolve("jobs/spark/target/bench-cluster");
    ProjectFiles.deleteRecursively(work);
    Files.createDirectories(work);
    Path oneDocument = firstRecord(corpus, work.resolve("first-document/first.csv"));
    SubmitLine line = SubmitLine.fromReadme("spark://").withJobArguments(PersentLayout.RUN_OPTIONS);
    System.out.printf(Locale.ROOT, "corpus %s; work folder %s%n", corpus, work);

    double[] steady = new double[3];
    double[] warm = new double[3];
    for (int workers = 1; workers <= 2; workers++) {
      Path dir = work.resolve(workers + "-workers");
      try (StandaloneCluster cluster =
          StandaloneCluster.start(
              dir.resolve("cluster"), workers, 1, line.option("--executor-memory"), true)) {
        double startUp = timedRun(line, cluster, oneDocument, dir.resolve("start-up"));
        double full = timedRun(line, cluster, corpus, dir.resolve("full"));
        steady[workers] = full - startUp;
        System.out.printf(
            Locale.ROOT,
            "%d worker(s) x 1 core: start-up %.1f s, whole corpus %.1f s, steady state %.1f s%n",
            workers,
            startUp,
            full,
            steady[workers]);
        printExecutors(cluster.logs(), dir.resolve("full/events"));
        warm[workers] = warmRate(EventLog.taskEnds(dir.resolve("full/events")));
        System.out.printf(
            Locale.ROOT,
            "  warm analysis rate: %.1f kB of input per second (every executor's analysis tasks"
                + " after its first)%n",
            warm[workers] / 1e3);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "warm-executor analysis speed-up, 2 workers over 1: %.2fx%n",
        warm[2] / warm[1]);
    System.out.printf(
        Locale.ROOT,
        "steady-state speed-up, 2 workers over 1: %.2fx (goal >= 1.6x)%n",
        steady[1] / steady[2]);
  }

  /** Wall seconds of one spark-submit run, from launching the driver JVM to its exit. */
  private static double timedRun(SubmitLine line, StandaloneCluster cluster, Path input, Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("events"));
    long start = System.nanoTime();
    try (SparkSubmitProcess job =
        SparkSubmitProcess.start(
            line,
            cluster.masterUrl(),
            input,
            dir.resolve("output"),
            withExecutorOptions(EventLog.options(dir.resolve("events"))),
            dir.resolve("driver.log"))) {
      if (!job.awaitExit(RUN_TIMEOUT) || job.exitValue() != 0) {
        throw new IllegalStateException("the run failed:\n" + job.output());
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * The event-log options, and {@code spark.executor.extraJavaOptions} from the environment's
   * {@code EXECUTOR_JAVA_OPTIONS} when set: how the JVM flags an executor could use are compared
   * (for instance {@code -XX:TieredStopAtLevel=1}, see the README).
   */
  private static List<String> withExecutorOptions(List<String> options) {
    String extra = System.getenv("EXECUTOR_JAVA_OPTIONS");
    if (extra == null || extra.isBlank()) {
      return options;
    }
    List<String> all = new ArrayList<>(options);
    all.add("--conf");
    all.add("spark.executor.extraJavaOptions=" + extra);
    return all;
  }

  /**
   * Per executor of the whole-corpus run: seconds CoreNLP spent loading models, peak heap, and its
   * tasks' run time with the part of it their own threads spent on a CPU (the rest is waiting,
   * mostly for the JVM's JIT compiler and garbage collector on the same core).
   */
  private static void printExecutors(Path clusterDir, Path events) throws IOException {
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
  private static double warmRate(List<TaskEnd> ends) {
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

  /** The corpus's header and first record: a one-document corpus of the same layout. */
  private static Path firstRecord(Path csv, Path out) throws IOException {
    Files.createDirectories(out.getParent());
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in);
        Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                    .builder()
                    .setHeader(parser.getHeaderNames().toArray(String[]::new))
                    .get())) {
      CSVRecord first = parser.iterator().next();
      printer.printRecord(first.values());
    }
    return out;
  }
}
