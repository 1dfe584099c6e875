package org.newsstance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.eval.PersentEvaluation;
import org.newsstance.job.UserError;
import org.newsstance.score.eval.BenchmarkEvaluation;
import org.newsstance.score.eval.NewsMtscEvaluation;
import org.newsstance.score.eval.SentenceAnnotator;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.sentiment.ScoringMethod;
import org.newsstance.segment.ParagraphMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsstance evaluate}: scores a benchmark file with the job's own scorer and prints
 * accuracy, macro-F1, per-class figures and the confusion matrix (optionally as JSON too).
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores a benchmark file with the job's sentiment scorer against its gold labels.",
      "Prints accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix."
    },
    footer = {
      "",
      "Examples:",
      "  newsstance evaluate --dataset newsmtsc --input ../shared/benchmarks/newsmtsc/dev.jsonl",
      "  newsstance evaluate --dataset newsmtsc --input dev.jsonl --method rntn_root --json out.json",
      "  newsstance evaluate --dataset persent --input ../shared/benchmarks/persent/dev.csv"
    })
final class EvaluateCommand implements Callable<Integer> {
  /** The benchmarks the command knows. */
  enum Dataset {
    NEWSMTSC,
    PERSENT
  }

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "NAME",
      description =
          "newsmtsc (JSON Lines with targets: per-mention sentiment), or persent (CSV: the job's"
              + " per-actor paragraph and document scores for each article's main entity).")
  Dataset dataset;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "A file in the dataset's format (any split).")
  Path input;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "PerSenT: also write one JSON line per labelled paragraph (gold label, the job's score,"
              + " distribution, mentions and the paragraph's tone), for error analysis.")
  Path predictions;

  @Option(
      names = "--method",
      defaultValue = "classifier",
      paramLabel = "METHOD",
      description =
          "classifier (the job's), rntn_root, rntn_clause (raw CoreNLP baselines) or fallback_unparsed. Default: ${DEFAULT-VALUE}")
  String method;

  @Option(
      names = "--limit",
      defaultValue = "0",
      paramLabel = "N",
      description = "PerSenT: the first N articles only (0 = all), for a short development run.")
  int limit;

  @Mixin AnnotationOptions annotation;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw UserError.datasetMissing(input.toString());
    }
    if (predictions != null && dataset != Dataset.PERSENT) {
      throw UserError.usage(
          "--predictions is given with --dataset " + dataset.name().toLowerCase(Locale.ROOT),
          "per-paragraph predictions exist for PerSenT only",
          "drop --predictions, or evaluate --dataset persent");
    }
    ScoringMethod method = scoringMethod();
    if (dataset == Dataset.PERSENT && method != ScoringMethod.CLASSIFIER) {
      throw UserError.usage(
          "--method " + method.id() + " is given with --dataset persent",
          "PerSenT is scored by the job's whole analysis, whose mentions the classifier scores",
          "drop --method, or evaluate --dataset newsmtsc to compare the scoring methods");
    }
    BenchmarkEvaluation.Report report = evaluation().evaluate(input, method);
    System.out.print(report.text());
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report.json());
      System.out.println("wrote " + json);
    }
    return 0;
  }

  private BenchmarkEvaluation evaluation() {
    return switch (dataset) {
      case NEWSMTSC ->
          new NewsMtscEvaluation(
              new SentenceAnnotator(annotation.maxTokens, annotation.threads),
              MentionSentimentScorer.load());
      case PERSENT -> {
        ActorRegistry registry = ActorRegistry.load(List.of());
        AnalysisSettings settings =
            AnalysisSettings.of(ParagraphMode.LINE, annotation.maxTokens, registry);
        yield new PersentEvaluation(
            registry, () -> new DocumentAnalyzer(settings), annotation.threads, limit, predictions);
      }
    };
  }

  private ScoringMethod scoringMethod() {
    try {
      return ScoringMethod.fromId(method);
    } catch (IllegalArgumentException e) {
      throw UserError.usage(
          "unknown --method " + method,
          "the scorer has the methods classifier, rntn_root, rntn_clause and fallback_unparsed",
          "pick one of those, or omit --method for the job's own");
    }
  }
}
