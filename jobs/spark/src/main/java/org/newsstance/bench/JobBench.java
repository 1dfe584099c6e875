package org.newsstance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.eval.PersentArticle;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.job.IncrementalOptions;
import org.newsstance.job.NewsstanceJob;
import org.newsstance.job.Progress;
import org.newsstance.job.RunConfig;
import org.newsstance.job.RunSummary;
import org.newsstance.segment.ParagraphMode;

/**
 * Part (c): the job end to end on the same documents, written once as JSON Lines, with a fresh
 * output folder and {@code --full}, so that every document is analysed and its tables written.
 */
public final class JobBench {
  private JobBench() {}

  /**
   * @param summary the run's own account: its wall time begins before the Spark session, whose
   *     start is the {@code startup} stage
   * @param modelLoadSeconds loading the job's models that (a) did not load, before the run
   */
  public record Result(RunSummary summary, Path output, double modelLoadSeconds) {
    public double stage(String name) {
      return summary.secondsPerStage().getOrDefault(name, 0.0);
    }

    /** Tokens over the run's wall time without Spark's start and the model load. */
    public Rate steady() {
      return new Rate(
          summary.tokens(), summary.wallSeconds() - stage("startup") - stage("load_models"));
    }
  }

  /**
   * Loads the job's parse and coreference pipelines, which (a) did not load, so that their load is
   * timed apart as (a)'s is, instead of running in the job's background and slowing its ingest.
   *
   * @return the seconds it took
   */
  public static double loadModels(int maxSentenceTokens) {
    long start = System.nanoTime();
    DocumentAnalyzer.loadModels(
        AnalysisSettings.of(ParagraphMode.LINE, maxSentenceTokens, ActorRegistry.load(List.of())));
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * @param progress started before the session, so that the run reports its start as a stage
   * @param modelLoad what {@link #loadModels} returned
   */
  public static Result run(
      SparkSession spark,
      Progress progress,
      List<PersentArticle> articles,
      Path work,
      int maxSentenceTokens,
      double modelLoad) {
    Path corpus = work.resolve("corpus.jsonl");
    Path output = work.resolve("output");
    BenchCorpus.writeJsonLines(articles, corpus);
    deleteOutput(spark, output);
    RunConfig config =
        new RunConfig(
            corpus.toString(),
            output.toString(),
            null,
            ParagraphMode.LINE,
            ColumnMapping.DEFAULT,
            0,
            maxSentenceTokens,
            List.of(),
            List.of(),
            1,
            new IncrementalOptions(true, null, false));
    return new Result(new NewsstanceJob(spark, config, progress).run(), output, modelLoad);
  }

  /** Removes a benchmark's output folder, so that each measured run starts from nothing. */
  public static void deleteOutput(SparkSession spark, Path output) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(output.toUri());
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("clearing " + path, e);
    }
  }
}
