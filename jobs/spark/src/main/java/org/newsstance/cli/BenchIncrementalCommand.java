package org.newsstance.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsstance.bench.JobBench;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.job.IncrementalOptions;
import org.newsstance.job.NewsstanceJob;
import org.newsstance.job.Progress;
import org.newsstance.job.RunConfig;
import org.newsstance.job.RunSummary;
import org.newsstance.job.SparkSessions;
import org.newsstance.job.ingest.CorpusReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsstance bench-incremental}: what a nightly rerun costs next to a full run. Splits a
 * corpus into a base and a few new documents, publishes the base, reruns with the new documents
 * (incremental), then reruns everything with {@code --full}, all in one JVM, and prints each run's
 * wall time split into the fixed start-up (Spark session, model load) and the rest.
 */
@Command(
    name = "bench-incremental",
    mixinStandardHelpOptions = true,
    description = {
      "Measures a full run and an incremental rerun with a few %% new documents.",
      "The ratio of their non-fixed parts is on the last line. Run options (input, columns,",
      "paragraph mode) follow --."
    },
    footer = {
      "",
      "Example (PerSenT dev):",
      "  newsstance bench-incremental --work /tmp/bench -- --input ../shared/benchmarks/persent/dev.csv \\",
      "      --paragraph-mode line --id-column DOCUMENT_INDEX --title-column TITLE --text-column DOCUMENT"
    })
final class BenchIncrementalCommand implements Callable<Integer> {
  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description = "Scratch folder: the split corpora and the output (overwritten).")
  Path work;

  @Option(
      names = "--new-percent",
      defaultValue = "1",
      paramLabel = "P",
      description =
          "Share of documents held back and added by the rerun. Default: ${DEFAULT-VALUE}")
  double newPercent;

  @Parameters(paramLabel = "RUN-OPTION", description = "Options of `run` for reading the corpus.")
  List<String> runOptions = new ArrayList<>();

  @Override
  public Integer call() {
    RunCommand runCommand = new RunCommand();
    new CommandLine(runCommand).parseArgs(runOptions.toArray(String[]::new));
    RunConfig given = runCommand.toConfig();
    Progress clock = new Progress(System.out);
    SparkSession spark = SparkSessions.create("newsstance-bench");
    double startup = clock.secondsSinceStart();
    try {
      JobBench.deleteOutput(spark, work.resolve("output"));
      long[] split = split(spark, given);
      RunConfig base = retarget(given, work.resolve("corpus-base"), IncrementalOptions.INCREMENTAL);
      RunConfig all = retarget(given, work.resolve("corpus-all"), IncrementalOptions.INCREMENTAL);
      RunSummary setup = run(spark, base, "setup: publish the base corpus");
      RunSummary rerun = run(spark, all, "rerun: the same corpus with the new documents");
      RunSummary full =
          run(spark, all.with(new IncrementalOptions(true, null, false)), "full run: --full");
      // The models load once per JVM (in the first run); a nightly JVM pays it every time.
      double models = setup.secondsPerStage().getOrDefault("load_models", 0.0);
      System.out.printf(
          Locale.ROOT,
          "%nbench-incremental: %d documents, %d new (%.1f %%), %s%n",
          split[0],
          split[1],
          newPercent,
          given.input());
      System.out.printf(
          Locale.ROOT,
          "fixed start-up: Spark session %.1f s + model load %.1f s = %.1f s%n",
          startup,
          models,
          startup + models);
      double fullRest = rest(full);
      double rerunRest = rest(rerun);
      print("full run (--full)", full, startup + models, fullRest);
      print("rerun, " + newPercent + " % new", rerun, startup + models, rerunRest);
      System.out.printf(
          Locale.ROOT,
          "ratio rerun/full, non-fixed part: %.3f (goal <= 0.10)%n",
          rerunRest / fullRest);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Wall time of a run without the fixed costs: what the run itself spent past start-up. */
  private static double rest(RunSummary summary) {
    return summary.wallSeconds() - summary.secondsPerStage().getOrDefault("load_models", 0.0);
  }

  private static void print(String what, RunSummary summary, double fixed, double rest) {
    System.out.printf(
        Locale.ROOT,
        "%-22s processed %5d, skipped %5d: fixed %.1f s + rest %.1f s = %.1f s  %s%n",
        what,
        summary.processed(),
        summary.skipped(),
        fixed,
        rest,
        fixed + rest,
        summary.secondsPerStage());
  }

  private RunSummary run(SparkSession spark, RunConfig config, String what) {
    System.out.println("bench-incremental: " + what);
    return new NewsstanceJob(spark, config, new Progress(System.out)).run();
  }

  private RunConfig retarget(RunConfig given, Path corpus, IncrementalOptions options) {
    return new RunConfig(
        corpus.toString(),
        work.resolve("output").toString(),
        null,
        given.paragraphMode(),
        ColumnMapping.DEFAULT,
        given.partitions(),
        given.maxSentenceTokens(),
        given.actorFiles(),
        given.topicFiles(),
        given.keepSnapshots(),
        options);
  }

  /**
   * Writes the corpus's documents as JSON Lines twice: all of them, and all but the held-back new
   * ones (the first by a hash of their id, so the choice is fixed). Returns {all, new}.
   */
  private long[] split(SparkSession spark, RunConfig given) {
    Dataset<Row> documents =
        new CorpusReader(spark, given.input(), given.format(), given.columns())
            .read()
            .filter(col("kind").equalTo("document"))
            .withColumn("_rank", sha2(col("doc_id"), 256))
            .cache();
    long total = documents.count();
    long held = Math.max(1, Math.round(total * newPercent / 100));
    List<Column> columns = new ArrayList<>();
    for (String c : List.of("title", "source", "published_at", "text")) {
      columns.add(col(c));
    }
    columns.add(0, col("doc_id").as("id"));
    // Unknown input columns stay columns, as the original corpus had them.
    Dataset<Row> keys = documents.select(functions.explode(functions.map_keys(col("extra"))));
    for (Row key : keys.distinct().collectAsList()) {
      columns.add(col("extra").getItem(key.getString(0)).as(key.getString(0)));
    }
    Dataset<Row> out = documents.orderBy("_rank").select(columns.toArray(Column[]::new));
    out.coalesce(1).write().mode(SaveMode.Overwrite).json(work.resolve("corpus-all").toString());
    documents
        .orderBy("_rank")
        .offset((int) held)
        .select(columns.toArray(Column[]::new))
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .json(work.resolve("corpus-base").toString());
    documents.unpersist();
    return new long[] {total, held};
  }
}
