package org.newsstance.nlp;

import edu.stanford.nlp.coref.CorefAlgorithm;
import edu.stanford.nlp.coref.CorefProperties;
import edu.stanford.nlp.coref.CorefUtils;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.data.Mention;
import edu.stanford.nlp.coref.statistical.Compressor;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.MetaFeatureExtractor;
import edu.stanford.nlp.coref.statistical.PairwiseModel;
import edu.stanford.nlp.coref.statistical.StatisticalCorefProperties;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CoreNLP's statistical coreference (best-first: each mention joins its highest-scoring earlier
 * candidate if that score passes the threshold for the two mentions' types), with the same models,
 * thresholds and candidate distances, but asked only about the anaphors a caller can use.
 *
 * <p>Why: the pairwise model's cost is per candidate pair (feature strings built and looked up for
 * each), and coreference was a third of the analysis's CPU. Each anaphor's decision depends only on
 * its own pairs' scores, so leaving an anaphor out changes no other anaphor's link; it only removes
 * that anaphor's own link from the chains.
 */
final class AnaphorSelectingCoref implements CorefAlgorithm {
  private final Predicate<Mention> anaphor;
  private final FeatureExtractor extractor;
  private final PairwiseModel model;
  private final double[] thresholds;
  private final int maxMentionDistance;
  private final int maxMentionDistanceWithStringMatch;

  /**
   * @param anaphor the mentions whose own antecedent is looked for; every mention may still be an
   *     antecedent
   */
  AnaphorSelectingCoref(Properties props, Dictionaries dictionaries, Predicate<Mention> anaphor) {
    this.anaphor = anaphor;
    this.extractor =
        new FeatureExtractor(
            props, dictionaries, null, StatisticalCorefProperties.wordCountsPath(props));
    this.model =
        PairwiseModel.newBuilder("classifier", MetaFeatureExtractor.newBuilder().build())
            .modelPath(StatisticalCorefProperties.rankingModelPath(props))
            .build();
    // Ordered as CoreNLP reads them: (antecedent pronominal, anaphor pronominal) = TT, TF, FT, FF.
    this.thresholds = StatisticalCorefProperties.pairwiseScoreThresholds(props);
    this.maxMentionDistance = CorefProperties.maxMentionDistance(props);
    this.maxMentionDistanceWithStringMatch =
        CorefProperties.maxMentionDistanceWithStringMatch(props);
  }

  @Override
  public void runCoref(Document document) {
    Map<Pair<Integer, Integer>, Boolean> pairs = new HashMap<>();
    CorefUtils.heuristicFilter(
            CorefUtils.getSortedMentions(document),
            maxMentionDistance,
            maxMentionDistanceWithStringMatch)
        .forEach(
            (anaphorId, antecedents) -> {
              if (anaphor.test(document.predictedMentionsByID.get(anaphorId))) {
                antecedents.forEach(a -> pairs.put(new Pair<>(a, anaphorId), true));
              }
            });
    if (pairs.isEmpty()) {
      return;
    }
    Compressor<String> compressor = new Compressor<>();
    DocumentExamples examples = extractor.extract(0, document, pairs, compressor);
    PairScores pairScores = new PairScores(model, examples, compressor);
    Counter<Pair<Integer, Integer>> scores = new ClassicCounter<>();
    for (Example pair : examples.examples) {
      scores.setCount(new Pair<>(pair.mentionId1, pair.mentionId2), pairScores.score(pair));
    }
    // Best pairs first, so that each anaphor meets its best antecedent first. Ties keep the
    // counter's order (a stable sort of the same collection CoreNLP sorts), so clusters merge in
    // the order CoreNLP merges them and the chains keep CoreNLP's ids.
    List<Pair<Integer, Integer>> best = new ArrayList<>(scores.keySet());
    best.sort(
        Comparator.comparingDouble((Pair<Integer, Integer> p) -> scores.getCount(p)).reversed());
    Set<Integer> decided = new HashSet<>();
    for (Pair<Integer, Integer> pair : best) {
      if (decided.add(pair.second) && scores.getCount(pair) > threshold(document, pair)) {
        CorefUtils.mergeCoreferenceClusters(pair, document);
      }
    }
  }

  private double threshold(Document document, Pair<Integer, Integer> pair) {
    boolean antecedentPronoun = pronominal(document, pair.first);
    boolean anaphorPronoun = pronominal(document, pair.second);
    return thresholds[(antecedentPronoun ? 0 : 2) + (anaphorPronoun ? 0 : 1)];
  }

  private static boolean pronominal(Document document, int mentionId) {
    return document.predictedMentionsByID.get(mentionId).mentionType == MentionType.PRONOMINAL;
  }
}
