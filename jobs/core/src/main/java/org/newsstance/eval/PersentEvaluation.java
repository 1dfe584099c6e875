package org.newsstance.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.score.eval.BenchmarkEvaluation;
import org.newsstance.score.eval.ClassificationMetrics;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.sentiment.ScoringMethod;
import org.newsstance.score.sentiment.SentimentAggregator;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * PerSenT paragraph- and document-level macro-F1 of the job's per-actor scores, at the job's
 * neutral band and, to show how the band was chosen, at a sweep of bands. The job's own scorer
 * only: the raw-RNTN baselines are compared on NewsMTSC, where the mention is given.
 */
public final class PersentEvaluation implements BenchmarkEvaluation {
  private static final double[] BANDS = {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4};

  private final ActorRegistry registry;
  private final Supplier<DocumentAnalyzer> analyzers;
  private final int threads;
  private final int limit;

  /**
   * @param limit at most this many articles (0 = all), for a short development run
   */
  public PersentEvaluation(
      ActorRegistry registry, Supplier<DocumentAnalyzer> analyzers, int threads, int limit) {
    this.registry = registry;
    this.analyzers = analyzers;
    this.threads = threads;
    this.limit = limit;
  }

  @Override
  public Report evaluate(Path input, ScoringMethod method) {
    if (method != ScoringMethod.CLASSIFIER) {
      throw new IllegalArgumentException("PerSenT is evaluated with the job's classifier only");
    }
    List<PersentArticle> articles = read(input);
    long start = System.nanoTime();
    List<PersentSentiment.Article> scored =
        PersentSentiment.score(articles, registry, analyzers, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    SentimentAggregator job = new SentimentAggregator();
    ClassificationMetrics paragraphs = paragraphMetrics(scored, job);
    ClassificationMetrics documents = documentMetrics(scored, job);
    json.set("paragraph", paragraphs.toJson(mapper));
    json.set("document", documents.toJson(mapper));
    json.put("neutral_band", SentimentAggregator.NEUTRAL_BAND);
    json.put("model_version", MentionSentimentScorer.MODEL_VERSION);
    long found = scored.stream().filter(PersentSentiment.Article::targetFound).count();
    long labelled = scored.stream().mapToLong(a -> a.paragraphs().size()).sum();
    long withScore =
        scored.stream()
            .flatMap(a -> a.paragraphs().stream())
            .filter(s -> s.score() != null)
            .count();
    json.put("articles", scored.size());
    json.put("target_found", found);
    json.put("labelled_paragraphs", labelled);
    json.put("labelled_paragraphs_with_score", withScore);
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "PerSenT %s: %d articles in %.1f s (%d threads); target found in %d; %d labelled"
                + " paragraphs, %d with a score for the target (the rest predicted neutral)%n"
                + "model %s, neutral band ±%.2f%n%nparagraph level%n",
            input.getFileName(),
            scored.size(),
            seconds,
            threads,
            found,
            labelled,
            withScore,
            MentionSentimentScorer.MODEL_VERSION,
            SentimentAggregator.NEUTRAL_BAND));
    text.append(paragraphs.render()).append(String.format(Locale.ROOT, "%ndocument level%n"));
    text.append(documents.render()).append(String.format(Locale.ROOT, "%nneutral band sweep%n"));
    ObjectNode sweep = json.putObject("band_sweep");
    for (double band : BANDS) {
      SentimentAggregator aggregator = new SentimentAggregator(band);
      double p = paragraphMetrics(scored, aggregator).macroF1();
      double d = documentMetrics(scored, aggregator).macroF1();
      text.append(
          String.format(
              Locale.ROOT,
              "band %.2f  paragraph macro-F1 %.3f  document macro-F1 %.3f%n",
              band,
              p,
              d));
      ObjectNode row = sweep.putObject(String.format(Locale.ROOT, "%.2f", band));
      row.put("paragraph_macro_f1", p);
      row.put("document_macro_f1", d);
    }
    return new Report(text.toString(), json);
  }

  private List<PersentArticle> read(Path input) {
    try {
      List<PersentArticle> all = PersentCsv.read(input);
      return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassificationMetrics paragraphMetrics(
      List<PersentSentiment.Article> scored, SentimentAggregator aggregator) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    scored.stream().flatMap(a -> a.paragraphs().stream()).forEach(s -> add(metrics, s, aggregator));
    return metrics;
  }

  private static ClassificationMetrics documentMetrics(
      List<PersentSentiment.Article> scored, SentimentAggregator aggregator) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    scored.stream()
        .map(PersentSentiment.Article::document)
        .filter(s -> s.gold() != null)
        .forEach(s -> add(metrics, s, aggregator));
    return metrics;
  }

  private static void add(
      ClassificationMetrics metrics, PersentSentiment.Scored s, SentimentAggregator aggregator) {
    String predicted = aggregator.label(s.score() == null ? 0.0 : s.score());
    metrics.add(SentimentLabel.fromId(s.gold()), SentimentLabel.fromId(predicted));
  }
}
