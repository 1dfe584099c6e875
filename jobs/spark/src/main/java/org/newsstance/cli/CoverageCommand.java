package org.newsstance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.bench.BenchCorpus;
import org.newsstance.eval.ActorCoverage;
import org.newsstance.eval.PersentArticle;
import org.newsstance.segment.ParagraphMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsstance actors-coverage}: how often the job finds PerSenT's main entity as an actor.
 * Runs the job's analyzer (no Spark needed) on every article, in line mode as PerSenT stores
 * paragraphs.
 */
@Command(
    name = "actors-coverage",
    mixinStandardHelpOptions = true,
    description = {
      "Share of PerSenT articles whose TARGET_ENTITY the job finds as an actor with a mention in a"
          + " labelled paragraph. The job sees the text only; TARGET_ENTITY is used to score.",
      "Last line: coverage=X found=N articles=M"
    },
    footer = {
      "",
      "Example:",
      "  newsstance actors-coverage --input ../shared/benchmarks/persent/dev.csv"
    })
final class CoverageCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "CSV",
      description = "A PerSenT CSV file.")
  Path input;

  @Option(
      names = "--limit",
      defaultValue = "0",
      paramLabel = "N",
      description = "Only the first N articles (0 = all).")
  int limit;

  @Option(
      names = "--threads",
      converter = Counts.Positive.class,
      defaultValue = "2",
      paramLabel = "N",
      description = "Articles analysed at once (one shared pipeline). Default: ${DEFAULT-VALUE}")
  int threads;

  @Option(
      names = "--misses",
      defaultValue = "20",
      paramLabel = "N",
      description = "How many missed articles to list.")
  int misses;

  @Override
  public Integer call() throws Exception {
    List<PersentArticle> all = BenchCorpus.read(input, 0);
    List<PersentArticle> articles = all.stream().filter(ActorCoverage::scorable).toList();
    if (limit > 0 && limit < articles.size()) {
      articles = articles.subList(0, limit);
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d with a labelled paragraph (the others cannot count); scoring %d%n",
        all.size(),
        all.stream().filter(ActorCoverage::scorable).count(),
        articles.size());
    ActorRegistry registry = ActorRegistry.load(List.of());
    AnalysisSettings settings = AnalysisSettings.defaults(ParagraphMode.LINE, registry);
    long start = System.nanoTime();
    List<ActorCoverage.Outcome> outcomes =
        ActorCoverage.measure(articles, registry, () -> new DocumentAnalyzer(settings), threads);
    outcomes.stream()
        .filter(o -> !o.found())
        .limit(misses)
        .forEach(
            o ->
                System.out.printf(
                    Locale.ROOT,
                    "missed %s target=%s found=%s%n",
                    o.article().id(),
                    o.article().targetEntity(),
                    o.actorsFound()));
    long found = outcomes.stream().filter(ActorCoverage.Outcome::found).count();
    double seconds = (System.nanoTime() - start) / 1e9;
    long tokens = outcomes.stream().mapToLong(ActorCoverage.Outcome::tokens).sum();
    // The whole analysis (NER, parse, coreference, sentiment, stance) on --threads threads.
    System.out.printf(
        Locale.ROOT,
        "seconds=%.1f tokens=%d tokens_per_second=%.0f threads=%d%n",
        seconds,
        tokens,
        tokens / seconds,
        threads);
    System.out.printf(
        Locale.ROOT,
        "coverage=%.4f found=%d articles=%d%n",
        ActorCoverage.share(outcomes),
        found,
        outcomes.size());
    return 0;
  }
}
