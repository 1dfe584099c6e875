package org.newsstance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsstance.testing.PersentLayout;
import org.newsstance.testing.ProjectFiles;

/**
 * The memory figure, run by {@code bin/bench-memory}; a benchmark, not a test. Runs the job with
 * the launcher (local mode, every core, a fixed heap) on the corpus, and on the corpus repeated
 * under distinct ids. When a run prints that its analysis is done, the benchmark asks its JVM for a
 * full garbage collection ({@code jcmd PID GC.run}); what that collection leaves is the heap the
 * run still holds after analysing every document: the models plus whatever grows with the corpus.
 * It must not grow, since the analysis keeps nothing per document beyond its partition's rows.
 *
 * <p>The highest occupancy after ordinary collections is printed too, but it is not the figure: G1
 * leaves garbage in the old generation until it needs the room, so it rises with the run's length
 * towards the heap's size whatever the run keeps.
 */
public final class MemoryBenchmark {

  private static final String ANALYSIS_DONE = "[3/4] analyse";
  private static final Pattern WALL = Pattern.compile("documents (\\d+) .* wall (\\d+\\.\\d) s");

  private MemoryBenchmark() {}

  /** Arguments: the heap ("4g"), the copies ("1,10"), then the corpus (PerSenT's CSV layout). */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = ProjectFiles.root();
    String heap = args[0];
    Path corpus = Path.of(args[2]).toAbsolutePath();
    Path work = root.resolve("jobs/spark/target/bench-memory");
    Files.createDirectories(work);
    System.out.printf(Locale.ROOT, "corpus %s; heap %s; work folder %s%n", corpus, heap, work);
    for (String copies : args[1].split(",")) {
      int n = Integer.parseInt(copies.trim());
      Path input = repeated(corpus, n, work.resolve("corpus-x" + n + ".csv"));
      Path output = work.resolve("output-x" + n);
      ProjectFiles.deleteRecursively(output);
      Path gcLog = work.resolve("gc-x" + n + ".log");
      Path runLog = work.resolve("run-x" + n + ".log");
      List<String> command = new ArrayList<>(List.of(root.resolve("bin/newsstance").toString()));
      command.addAll(List.of("run", "--input", input.toString(), "--output", output.toString()));
      command.addAll(PersentLayout.RUN_OPTIONS);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("NEWSSTANCE_DRIVER_MEMORY", heap);
      builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog);
      int exit = runCollectingAfterAnalysis(builder.start(), runLog);
      String log = ProjectFiles.read(runLog);
      Matcher wall = WALL.matcher(log);
      if (exit != 0 || !wall.find()) {
        throw new IllegalStateException("the run on " + input + " failed:\n" + log);
      }
      GcLog gc = GcLog.parse(ProjectFiles.read(gcLog));
      System.out.printf(
          Locale.ROOT,
          "%2dx: %s documents in %s s; live heap after the analysis %d MB (heap %s); after"
              + " ordinary collections at most %d MB; full collections besides ours: %d%n",
          n,
          wall.group(1),
          wall.group(2),
          gc.liveAfterRequested(),
          heap,
          gc.peakAfter(),
          gc.otherFullCollections());
    }
  }

  /**
   * Copies the run's output to {@code log} and, when it reports the analysis done, asks its JVM
   * (the launcher execs java, so the process is the JVM) for a full collection. Returns its exit.
   */
  private static int runCollectingAfterAnalysis(Process run, Path log)
      throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        writer.write(line + "\n");
        if (line.startsWith(ANALYSIS_DONE)) {
          new ProcessBuilder(jcmd.toString(), Long.toString(run.pid()), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor();
        }
      }
    }
    return run.waitFor();
  }

  /**
   * What a G1 log at level info says about the heap a run needed, in MB.
   *
   * @param liveAfterRequested what the full collection {@code jcmd} asked for left: the live heap
   * @param peakAfter the most heap in use after any collection
   * @param otherFullCollections full collections G1 made itself: a heap too small shows them
   */
  record GcLog(long liveAfterRequested, long peakAfter, int otherFullCollections) {
    /** How G1 names the cause of a collection {@code jcmd GC.run} asked for. */
    private static final String REQUESTED = "Diagnostic Command";

    private static final Pattern PAUSE =
        Pattern.compile("Pause (\\w+) \\(([^)]*)\\).*?(\\d+)M->(\\d+)M\\(\\d+M\\)");

    static GcLog parse(String log) {
      long live = 0;
      long peak = 0;
      int otherFull = 0;
      Matcher m = PAUSE.matcher(log);
      while (m.find()) {
        long after = Long.parseLong(m.group(4));
        peak = Math.max(peak, after);
        boolean full = m.group(1).equals("Full");
        if (full && m.group(2).equals(REQUESTED)) {
          live = after;
        } else if (full) {
          otherFull++;
        }
      }
      return new GcLog(live, peak, otherFull);
    }
  }

  /** The corpus {@code n} times, each copy's ids suffixed {@code ~copyK} so that none repeats. */
  private static Path repeated(Path csv, int n, Path out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      CSVPrinter printer = null;
      for (int copy = 0; copy < n; copy++) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
            CSVParser parser = format.parse(in)) {
          List<String> header = parser.getHeaderNames();
          if (printer == null) {
            printer =
                new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
          }
          int idColumn = header.indexOf(PersentLayout.ID_COLUMN);
          for (CSVRecord record : parser) {
            String[] values = record.values();
            values[idColumn] = values[idColumn] + "~copy" + copy;
            printer.printRecord((Object[]) values);
          }
        }
      }
      if (printer != null) {
        printer.flush();
      }
    }
    return out;
  }
}
