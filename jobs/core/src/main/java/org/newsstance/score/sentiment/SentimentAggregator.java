package org.newsstance.score.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Aggregates mention scores into one score per actor per paragraph: the confidence-weighted mean of
 * the mentions' class distributions (a registry alias counts more than a pronoun coreference
 * linked), its positive-minus-negative as the score, and a label from the score with two thresholds
 * rather than the arg-max: the classifier's neutral class takes most of the mass on most mentions,
 * and its scores lean negative on news text, so a paragraph that leans clearly one way often still
 * has a neutral arg-max. The thresholds were chosen on PerSenT dev paragraphs (README, Sentiment);
 * the NewsMTSC figures are the mention-level arg-max and do not depend on them.
 */
public final class SentimentAggregator {
  /** Scores below this are negative. */
  public static final double NEGATIVE_BELOW = -0.40;

  /** Scores above this are positive. */
  public static final double POSITIVE_ABOVE = 0.0;

  public static final int MAX_EVIDENCE = 3;

  private final double negativeBelow;
  private final double positiveAbove;

  public SentimentAggregator() {
    this(NEGATIVE_BELOW, POSITIVE_ABOVE);
  }

  public SentimentAggregator(double negativeBelow, double positiveAbove) {
    if (!(negativeBelow <= positiveAbove)) {
      throw new IllegalArgumentException(negativeBelow + " > " + positiveAbove);
    }
    this.negativeBelow = negativeBelow;
    this.positiveAbove = positiveAbove;
  }

  /** One row per (paragraph, actor) with a scored mention, ordered by paragraph then actor. */
  public List<ActorSentiment> aggregate(List<ScoredMention> mentions) {
    Map<String, List<ScoredMention>> groups = new TreeMap<>();
    for (ScoredMention m : mentions) {
      String key =
          String.format(
              java.util.Locale.ROOT, "%09d\t%s", m.mention().paragraphIdx(), m.mention().actorId());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<ActorSentiment> rows = new ArrayList<>(groups.size());
    for (List<ScoredMention> group : groups.values()) {
      rows.add(aggregateGroup(group));
    }
    return rows;
  }

  /** The label of a score under this aggregator's thresholds. */
  public String label(double score) {
    if (score > positiveAbove) {
      return SentimentLabel.POSITIVE.id();
    }
    return score < negativeBelow ? SentimentLabel.NEGATIVE.id() : SentimentLabel.NEUTRAL.id();
  }

  private ActorSentiment aggregateGroup(List<ScoredMention> group) {
    double weights = 0;
    double negative = 0;
    double neutral = 0;
    double positive = 0;
    TreeSet<String> methods = new TreeSet<>();
    for (ScoredMention m : group) {
      double w = m.weight();
      weights += w;
      negative += w * m.sentiment().negative();
      neutral += w * m.sentiment().neutral();
      positive += w * m.sentiment().positive();
      methods.add(m.sentiment().method());
    }
    negative /= weights;
    neutral /= weights;
    positive /= weights;
    double score = positive - negative;
    ScoredMention first = group.get(0);
    return new ActorSentiment(
        first.mention().paragraphIdx(),
        first.mention().actorId(),
        score,
        label(score),
        negative,
        neutral,
        positive,
        group.size(),
        evidence(group),
        List.copyOf(methods));
  }

  /** The strongest mentions (largest |score|; earlier sentence first on ties), one per sentence. */
  private static List<SentimentEvidence> evidence(List<ScoredMention> group) {
    List<ScoredMention> strongest = new ArrayList<>(group);
    strongest.sort(
        Comparator.comparingDouble((ScoredMention m) -> -Math.abs(m.sentiment().score()))
            .thenComparingInt(m -> m.mention().sentenceIdx())
            .thenComparingInt(m -> m.mention().tokenBegin()));
    List<SentimentEvidence> evidence = new ArrayList<>();
    TreeSet<Integer> sentences = new TreeSet<>();
    for (ScoredMention m : strongest) {
      if (evidence.size() == MAX_EVIDENCE) {
        break;
      }
      if (sentences.add(m.mention().sentenceIdx())) {
        evidence.add(
            new SentimentEvidence(
                m.mention().sentenceIdx(),
                m.sentenceCharBegin(),
                m.sentenceCharEnd(),
                m.mention().surface(),
                m.sentiment().score()));
      }
    }
    return evidence;
  }
}
