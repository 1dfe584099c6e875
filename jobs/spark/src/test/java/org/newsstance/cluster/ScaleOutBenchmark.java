package org.newsstance.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
    SubmitLine line =
        withExecutorOptions(
            SubmitLine.fromReadme("spark://").withJobArguments(PersentLayout.RUN_OPTIONS));
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
        ExecutorFigures.print(cluster.logs(), dir.resolve("full/events"));
        warm[workers] = ExecutorFigures.warmRate(EventLog.taskEnds(dir.resolve("full/events")));
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

  /**
   * Wall seconds of one spark-submit run, from launching the driver JVM to its exit. Also prints
   * the CPU seconds the driver, the cluster's daemons (master, workers) and the executors used
   * during it, sampled each second (a JVM's CPU time cannot be read once it has exited): what
   * shares the machine's two CPUs with the executors' task threads.
   */
  private static double timedRun(SubmitLine line, StandaloneCluster cluster, Path input, Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("events"));
    long start = System.nanoTime();
    double daemonsBefore = cpuSeconds(cluster.daemons());
    Map<Long, Double> driverAndExecutors = new TreeMap<>();
    try (SparkSubmitProcess job =
        SparkSubmitProcess.start(
            line,
            cluster.masterUrl(),
            input,
            dir.resolve("output"),
            EventLog.options(dir.resolve("events")),
            dir.resolve("driver.log"))) {
      while (job.isAlive()) {
        List<ProcessHandle> sampled = new ArrayList<>(cluster.executors());
        sampled.add(job.handle());
        sampled.forEach(h -> driverAndExecutors.put(h.pid(), cpuSeconds(List.of(h))));
        if (System.nanoTime() - start > RUN_TIMEOUT.toNanos()) {
          job.close();
          throw new IllegalStateException("the run did not end within " + RUN_TIMEOUT);
        }
        sleepOneSecond();
      }
      if (job.exitValue() != 0) {
        throw new IllegalStateException("the run failed:\n" + job.output());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double driver = driverAndExecutors.getOrDefault(job.handle().pid(), 0.0);
      double executors =
          driverAndExecutors.values().stream().mapToDouble(Double::doubleValue).sum() - driver;
      System.out.printf(
          Locale.ROOT,
          "  %s run: %.1f s; CPU: driver %.0f s, master and workers %.0f s, executors %.0f s%n",
          dir.getFileName(),
          seconds,
          driver,
          cpuSeconds(cluster.daemons()) - daemonsBefore,
          executors);
      return seconds;
    }
  }

  private static double cpuSeconds(List<ProcessHandle> processes) {
    return processes.stream()
            .mapToLong(h -> h.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
            .sum()
        / 1e3;
  }

  private static void sleepOneSecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The line, with {@code spark.executor.extraJavaOptions} replaced by the environment's {@code
   * EXECUTOR_JAVA_OPTIONS} when set: how the JVM flags an executor could use are compared (for
   * instance {@code -XX:TieredStopAtLevel=1}, see the README). {@code EXECUTOR_JAVA_OPTIONS=" "}
   * runs the executors with the JVM's defaults.
   */
  private static SubmitLine withExecutorOptions(SubmitLine line) {
    String extra = System.getenv("EXECUTOR_JAVA_OPTIONS");
    return extra == null || extra.isEmpty()
        ? line
        : line.withConf("spark.executor.extraJavaOptions", extra.strip());
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
