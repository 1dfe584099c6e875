package org.newsstance.bench;

import java.util.List;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.CoreNlpAlone;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.eval.ParallelAnalysis;
import org.newsstance.eval.PersentArticle;

/**
 * Part (a): the job's CoreNLP pipelines on every sentence of every document, no Spark, as many
 * documents at once as there are threads, all sharing the JVM's pipelines.
 */
public final class CoreNlpAloneBench {
  private CoreNlpAloneBench() {}

  /**
   * @param loadSeconds building the pipelines, before the timed part
   * @param rate tokens (counted by the light pipeline) over the timed part's wall seconds
   */
  public record Result(double loadSeconds, long documents, long sentences, Rate rate) {}

  public static Result run(List<PersentArticle> articles, int threads, AnalysisSettings settings) {
    long start = System.nanoTime();
    CoreNlpAlone.loadModels(settings);
    double load = seconds(start);

    long timed = System.nanoTime();
    List<CoreNlpAlone.Counts> counts =
        ParallelAnalysis.map(
            articles,
            threads,
            () -> new DocumentAnalyzer(settings),
            (analyzer, article) -> CoreNlpAlone.annotate(analyzer, article.text()));
    double wall = seconds(timed);
    CoreNlpAlone.Counts total =
        counts.stream().reduce(CoreNlpAlone.Counts.NONE, CoreNlpAlone.Counts::plus);
    return new Result(load, articles.size(), total.sentences(), new Rate(total.tokens(), wall));
  }

  static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }
}
