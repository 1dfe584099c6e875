package org.newsstance.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
  /** Thresholds tried by the sweep: -0.50 to 0.50 in steps of 0.05. */
  private static final int STEPS = 21;

  private final ActorRegistry registry;
  private final Supplier<DocumentAnalyzer> analyzers;
  private final int threads;
  private final int limit;
  private final Path predictions;

  /**
   * @param limit at most this many articles (0 = all), for a short development run
   * @param predictions where to write one JSON line per labelled paragraph, or null
   */
  public PersentEvaluation(
      ActorRegistry registry,
      Supplier<DocumentAnalyzer> analyzers,
      int threads,
      int limit,
      Path predictions) {
    this.registry = registry;
    this.analyzers = analyzers;
    this.threads = threads;
    this.limit = limit;
    this.predictions = predictions;
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
    if (predictions != null) {
      PersentPredictions.write(scored, new SentimentAggregator(), predictions);
    }
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    SentimentAggregator job = new SentimentAggregator();
    ClassificationMetrics paragraphs = paragraphMetrics(scored, job);
    ClassificationMetrics documents = documentMetrics(scored, job);
    json.set("paragraph", paragraphs.toJson(mapper));
    json.set("document", documents.toJson(mapper));
    json.put("negative_below", SentimentAggregator.NEGATIVE_BELOW);
    json.put("positive_above", SentimentAggregator.POSITIVE_ABOVE);
    json.put("model_version", MentionSentimentScorer.MODEL_VERSION);
    long found = scored.stream().filter(PersentSentiment.Article::targetFound).count();
    long labelled = scored.stream().mapToLong(a -> a.paragraphs().size()).sum();
    long withScore =
        scored.stream()
            .flatMap(a -> a.paragraphs().stream())
            .filter(p -> p.sentiment() != null)
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
                + "model %s, negative below %.2f, positive above %.2f%n%nparagraph level%n",
            input.getFileName(),
            scored.size(),
            seconds,
            threads,
            found,
            labelled,
            withScore,
            MentionSentimentScorer.MODEL_VERSION,
            SentimentAggregator.NEGATIVE_BELOW,
            SentimentAggregator.POSITIVE_ABOVE));
    text.append(paragraphs.render()).append(String.format(Locale.ROOT, "%ndocument level%n"));
    text.append(documents.render());
    text.append(sweep(scored, json));
    ArrayNode scores = json.putArray("paragraph_scores");
    scored.stream()
        .flatMap(a -> a.paragraphs().stream())
        .map(PersentSentiment.Paragraph::scored)
        .forEach(p -> scores.addArray().add(p.gold()).add(p.score()));
    return new Report(text.toString(), json);
  }

  /**
   * Every pair of thresholds on the grid: the best by paragraph macro-F1 (the figure the thresholds
   * are chosen by) with its document macro-F1, to show what the job's fixed pair leaves on the
   * table. Choosing on dev makes the best pair's figure optimistic; the job's pair is reported
   * first.
   */
  private static String sweep(List<PersentSentiment.Article> scored, ObjectNode json) {
    double bestF1 = -1;
    double[] best = null;
    for (int i = 0; i < STEPS; i++) {
      for (int j = i; j < STEPS; j++) {
        double below = -0.5 + 0.05 * i;
        double above = -0.5 + 0.05 * j;
        double f1 = paragraphMetrics(scored, new SentimentAggregator(below, above)).macroF1();
        if (f1 > bestF1 + 1e-12) {
          bestF1 = f1;
          best = new double[] {below, above};
        }
      }
    }
    double documentF1 =
        documentMetrics(scored, new SentimentAggregator(best[0], best[1])).macroF1();
    ObjectNode node = json.putObject("best_thresholds_on_this_input");
    node.put("negative_below", best[0]);
    node.put("positive_above", best[1]);
    node.put("paragraph_macro_f1", bestF1);
    node.put("document_macro_f1", documentF1);
    return String.format(
        Locale.ROOT,
        "%nthreshold sweep: best paragraph macro-F1 %.3f at negative below %.2f, positive above"
            + " %.2f (document macro-F1 %.3f there)%n",
        bestF1,
        best[0],
        best[1],
        documentF1);
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
    scored.stream()
        .flatMap(a -> a.paragraphs().stream())
        .forEach(p -> add(metrics, p.scored(), aggregator));
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
