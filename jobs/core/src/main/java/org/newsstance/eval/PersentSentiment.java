package org.newsstance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.tone.Tone;

/**
 * The job's per-actor paragraph scores read against PerSenT's labels. For each article the analyzer
 * sees the text only; afterwards the target is the actor {@link TargetMatcher} recognises as
 * TARGET_ENTITY (the best match, then the most mentioned). A labelled paragraph where the job has
 * no score for the target (target not found, or not mentioned there) is predicted neutral and
 * counted: the figures measure the product, actor finding included. The document's score is the
 * mean of the target's paragraph scores weighted by their mentions.
 */
public final class PersentSentiment {
  /** A gold label with the job's score, or null score when the job had none. */
  public record Scored(String gold, Double score) {}

  /**
   * A sentence behind a paragraph's score, as text: what error analysis reads.
   *
   * @param mention the target's mention as written there
   * @param score that mention's own score
   * @param sentence the sentence, from the text the job analysed (mojibake repaired)
   */
  public record EvidenceText(String mention, double score, String sentence) {}

  /**
   * A labelled paragraph with what the job said about the target there.
   *
   * @param sentiment the target's row for the paragraph, null when the job has none
   * @param tone the paragraph's plain tone (no target)
   * @param evidence the row's evidence sentences, strongest first; empty when there is no row
   */
  public record Paragraph(
      int paragraphIdx,
      String gold,
      ActorSentiment sentiment,
      Tone tone,
      List<EvidenceText> evidence) {
    public Paragraph {
      evidence = List.copyOf(evidence);
    }

    public Scored scored() {
      return new Scored(gold, sentiment == null ? null : sentiment.score());
    }
  }

  /**
   * One article's labelled paragraphs and document, scored.
   *
   * @param targetActorId the actor taken as TARGET_ENTITY, null when none matched
   */
  public record Article(
      String id, String targetActorId, List<Paragraph> paragraphs, Scored document) {
    public boolean targetFound() {
      return targetActorId != null;
    }
  }

  private PersentSentiment() {}

  public static List<Article> score(
      List<PersentArticle> articles,
      ActorRegistry registry,
      Supplier<DocumentAnalyzer> analyzers,
      int threads) {
    return ParallelAnalysis.map(
        articles, threads, analyzers, (analyzer, article) -> article(analyzer, registry, article));
  }

  private static Article article(
      DocumentAnalyzer analyzer, ActorRegistry registry, PersentArticle article) {
    DocumentAnalysis analysis = analyzer.analyze(article.asDocument());
    String target = targetActor(analysis, registry, article.targetEntity());
    Map<Integer, ActorSentiment> byParagraph =
        analysis.sentiments().stream()
            .filter(s -> s.actorId().equals(target))
            .collect(Collectors.toMap(ActorSentiment::paragraphIdx, s -> s));
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int p = 0; p < article.paragraphLabels().size(); p++) {
      if (article.labelled(p)) {
        Tone tone = p < analysis.paragraphTones().size() ? analysis.paragraphTones().get(p) : null;
        ActorSentiment sentiment = byParagraph.get(p);
        paragraphs.add(
            new Paragraph(
                p,
                article.paragraphLabels().get(p),
                sentiment,
                tone,
                evidenceText(sentiment, analysis.document().text())));
      }
    }
    double weighted = 0;
    int mentions = 0;
    for (ActorSentiment s : byParagraph.values()) {
      weighted += s.score() * s.nMentions();
      mentions += s.nMentions();
    }
    Scored document =
        new Scored(article.documentLabel(), mentions == 0 ? null : weighted / mentions);
    return new Article(article.id(), target, paragraphs, document);
  }

  private static List<EvidenceText> evidenceText(ActorSentiment sentiment, String text) {
    if (sentiment == null) {
      return List.of();
    }
    return sentiment.evidence().stream()
        .map(
            e ->
                new EvidenceText(
                    e.mention(), e.score(), text.substring(e.charBegin(), e.charEnd())))
        .toList();
  }

  private static String targetActor(
      DocumentAnalysis analysis, ActorRegistry registry, String targetEntity) {
    Map<String, List<ActorMention>> byActor =
        analysis.mentions().stream().collect(Collectors.groupingBy(ActorMention::actorId));
    return new TargetMatcher(targetEntity)
        .best(byActor, registry, analysis.discoveredActors())
        .orElse(null);
  }
}
