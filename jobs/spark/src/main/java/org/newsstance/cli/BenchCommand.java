package org.newsstance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.bench.BenchCorpus;
import org.newsstance.bench.BenchReport;
import org.newsstance.bench.CoreNlpAloneBench;
import org.newsstance.bench.JobBench;
import org.newsstance.bench.OutOfTheBoxBench;
import org.newsstance.bench.ProcessMemory;
import org.newsstance.eval.PersentArticle;
import org.newsstance.job.BuildVersions;
import org.newsstance.job.Progress;
import org.newsstance.job.SparkSessions;
import org.newsstance.segment.ParagraphMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsstance bench}: the job's throughput next to CoreNLP alone doing the same analysis on
 * every sentence, in one JVM on the same documents; the ratio is on the last line.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures the job's throughput against CoreNLP alone on the same PerSenT documents.",
      "In one run: (a) CoreNLP alone with the job's pipelines on every sentence, one document per",
      "core at once; (b) CoreNLP's out-of-the-box pipeline on a sample, for context; (c) the job end",
      "to end, Parquet written. Prints tokens/s, model load, heap and peak RSS; the last line is",
      "ratio_vs_corenlp=(c)/(a) in tokens/s."
    },
    footer = {
      "",
      "Examples:",
      "  newsstance bench                      the whole PerSenT dev set (several minutes)",
      "  newsstance bench --limit 20 --sample 0",
      "",
      "Part (b) needs CoreNLP's full models jar, of the version the job was built with (the",
      "message part (b) prints names it), on the classpath:",
      "  NEWSSTANCE_CLASSPATH=$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/VERSION/\\",
      "stanford-corenlp-VERSION-models.jar bin/newsstance bench"
    })
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      defaultValue = "${sys:newsstance.home:-.}/../shared/benchmarks/persent/dev.csv",
      paramLabel = "FILE",
      description = "A PerSenT CSV file (one paragraph per line). Default: ${DEFAULT-VALUE}")
  Path input;

  @Option(
      names = "--limit",
      defaultValue = "0",
      paramLabel = "N",
      description = "The first N documents only (0 = all), for a short development run.")
  int limit;

  @Option(
      names = "--sample",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Documents for part (b), CoreNLP out of the box (0 skips it). Default: ${DEFAULT-VALUE}")
  int sample;

  @Option(
      names = "--work",
      defaultValue = "${sys:newsstance.home:-.}/target/bench",
      paramLabel = "DIR",
      description =
          "Scratch folder for the job's input and output (overwritten). Default: ${DEFAULT-VALUE}")
  Path work;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<PersentArticle> articles = BenchCorpus.read(input.normalize(), limit);
    int threads = Runtime.getRuntime().availableProcessors();
    out.printf(
        Locale.ROOT,
        "bench: %d documents of %s, %d threads, %s%n",
        articles.size(),
        input.normalize(),
        threads,
        ProcessMemory.describe());

    AnalysisSettings settings =
        AnalysisSettings.defaults(ParagraphMode.LINE, ActorRegistry.load(List.of()));
    out.println("(a) CoreNLP alone: the job's pipelines on every sentence ...");
    CoreNlpAloneBench.Result a = CoreNlpAloneBench.run(articles, threads, settings);
    BenchReport.alone(out, a, threads, ProcessMemory.liveHeapMb());

    partB(out, articles, threads);

    out.println("(c) the job end to end ...");
    out.flush();
    double modelLoad = JobBench.loadModels(settings.maxSentenceTokens());
    Progress progress = new Progress(System.out);
    // Not stopped: the process ends after the report (and in tests this is the shared session).
    SparkSession spark = SparkSessions.create("newsstance-bench");
    JobBench.Result c =
        JobBench.run(
            spark, progress, articles, work.normalize(), settings.maxSentenceTokens(), modelLoad);
    BenchReport.job(out, c, a.loadSeconds(), ProcessMemory.liveHeapMb());

    double ratio = c.steady().tokensPerSecond() / a.rate().tokensPerSecond();
    out.printf(
        Locale.ROOT,
        "%s (one JVM for every part)%n"
            + "ratio (c)/(a) in tokens/s, both without Spark start and model load: %.2f"
            + " (goal >= 1.5)%n"
            + "ratio_vs_corenlp=%.2f%n",
        ProcessMemory.describe(),
        ratio,
        ratio);
    out.flush();
    return 0;
  }

  private void partB(PrintWriter out, List<PersentArticle> articles, int threads) {
    String missing = OutOfTheBoxBench.missingModel();
    if (sample <= 0) {
      out.println("(b) skipped: --sample 0");
    } else if (missing != null) {
      out.println(
          "(b) skipped: CoreNLP's default models are not on the classpath ("
              + missing
              + " is missing; the job ships only the models it uses). To enable, put the full"
              + " models jar on the classpath: NEWSSTANCE_CLASSPATH=~/.m2/repository/edu/stanford/"
              + "nlp/stanford-corenlp/"
              + BuildVersions.corenlp()
              + "/stanford-corenlp-"
              + BuildVersions.corenlp()
              + "-models.jar bin/newsstance"
              + " bench");
    } else {
      out.printf(Locale.ROOT, "(b) CoreNLP out of the box (%s) ...%n", OutOfTheBoxBench.ANNOTATORS);
      out.flush();
      OutOfTheBoxBench.Result b =
          OutOfTheBoxBench.run(articles.subList(0, Math.min(sample, articles.size())), threads);
      BenchReport.outOfTheBox(out, b, threads, ProcessMemory.liveHeapMb());
    }
  }
}
