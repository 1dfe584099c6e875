package org.newsstance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.ActorRegistry;

/**
 * The share of PerSenT articles in which the job finds the article's main entity as an actor with a
 * mention in a labelled paragraph. The analyzer gets the text only, never TARGET_ENTITY.
 */
public final class ActorCoverage {
  /** One article's outcome, with the actors found when the target was missed (for the report). */
  /**
   * @param tokens the article's tokens, for the analysis's throughput
   */
  public record Outcome(
      PersentArticle article, boolean found, List<String> actorsFound, int tokens) {}

  private ActorCoverage() {}

  public static List<Outcome> measure(
      List<PersentArticle> articles,
      ActorRegistry registry,
      Supplier<DocumentAnalyzer> analyzers,
      int threads) {
    return ParallelAnalysis.map(
        articles, threads, analyzers, (analyzer, article) -> outcome(analyzer, registry, article));
  }

  private static Outcome outcome(
      DocumentAnalyzer analyzer, ActorRegistry registry, PersentArticle article) {
    DocumentAnalysis analysis = analyzer.analyze(article.asDocument());
    TargetMatcher target = new TargetMatcher(article.targetEntity());
    Map<String, List<ActorMention>> byActor =
        analysis.mentions().stream()
            .filter(m -> article.labelled(m.paragraphIdx()))
            .collect(Collectors.groupingBy(ActorMention::actorId));
    boolean found = target.best(byActor, registry, analysis.discoveredActors()).isPresent();
    if (found) {
      return new Outcome(article, true, List.of(), analysis.tokenCount());
    }
    return new Outcome(article, false, new ArrayList<>(byActor.keySet()), analysis.tokenCount());
  }

  /** Articles with at least one labelled paragraph: the only ones where the target can count. */
  public static boolean scorable(PersentArticle article) {
    return article.paragraphLabels().stream().anyMatch(Objects::nonNull);
  }

  public static double share(List<Outcome> outcomes) {
    return outcomes.isEmpty()
        ? 0
        : outcomes.stream().filter(Outcome::found).count() / (double) outcomes.size();
  }
}
