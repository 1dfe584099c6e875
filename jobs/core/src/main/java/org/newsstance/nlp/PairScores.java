package org.newsstance.nlp;

import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.coref.statistical.Compressor;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.PairwiseModel;
import edu.stanford.nlp.coref.statistical.SimpleLinearClassifier;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.Map;

/**
 * The pairwise model's score of each candidate pair of one document, as {@link
 * PairwiseModel#predict} computes it, without rebuilding each mention's share for every pair.
 *
 * <p>The model (CoreNLP's default meta-features: pair features alone and conjoined with the two
 * mentions' types; each mention's own features conjoined with its position, its type, and both
 * types) is linear, so a pair's score is the sum of ten dot products, and six of them depend on one
 * mention and at most the other's type. {@code PairwiseModel.predict} builds every conjoined
 * feature string of both mentions again for each of a mention's up to 40 candidate pairs, and
 * looking those strings up was most of coreference's time; here each mention's six sums are
 * computed once per document. Only the summation order differs, so scores agree with {@code
 * predict} to ~1e-15 ({@code PairScoresTest}).
 */
final class PairScores {
  // The log loss PairwiseModel.Builder gives every model it builds.
  private static final SimpleLinearClassifier.Loss LINK = SimpleLinearClassifier.log();

  private final PairwiseModel model;
  private final SimpleLinearClassifier weights;
  private final DocumentExamples examples;
  private final Compressor<String> compressor;
  private final Map<Integer, Counter<String>> features = new HashMap<>();
  private final Map<String, Double> mentionSums = new HashMap<>();
  private final Map<Integer, String> identifiers = new HashMap<>();

  PairScores(PairwiseModel model, DocumentExamples examples, Compressor<String> compressor) {
    this.model = model;
    this.weights = model.getClassifier();
    this.examples = examples;
    this.compressor = compressor;
  }

  /** The probability the model gives that the pair's two mentions corefer. */
  double score(Example pair) {
    if (pair.isNewLink()) {
      return model.predict(pair, examples.mentionFeatures, compressor);
    }
    String type1 = identifier(pair.mentionId1, pair.mentionType1);
    String type2 = identifier(pair.mentionId2, pair.mentionType2);
    String both = type1 + "_" + type2;
    Counter<String> pairFeatures = compressor.uncompress(pair.pairwiseFeatures);
    double product =
        weights.weightFeatureProduct(pairFeatures)
            + conjoined(pairFeatures, "_m1=" + type1)
            + conjoined(pairFeatures, "_m2=" + type2)
            + conjoined(pairFeatures, "_ms=" + both)
            + mentionSum(pair.mentionId1, "_1")
            + mentionSum(pair.mentionId2, "_2")
            + mentionSum(pair.mentionId1, "_1_m=" + type1)
            + mentionSum(pair.mentionId2, "_2_m=" + type2)
            + mentionSum(pair.mentionId1, "_1_ms=" + both)
            + mentionSum(pair.mentionId2, "_2_ms=" + both);
    return LINK.predict(product);
  }

  private double mentionSum(int mentionId, String suffix) {
    String key = mentionId + suffix;
    Double sum = mentionSums.get(key);
    if (sum == null) {
      sum = conjoined(features(mentionId), suffix);
      mentionSums.put(key, sum);
    }
    return sum;
  }

  private double conjoined(Counter<String> original, String suffix) {
    Counter<String> conjunction = new ClassicCounter<>(original.size());
    for (Map.Entry<String, Double> e : original.entrySet()) {
      conjunction.incrementCount(e.getKey() + suffix, e.getValue());
    }
    return weights.weightFeatureProduct(conjunction);
  }

  private Counter<String> features(int mentionId) {
    return features.computeIfAbsent(
        mentionId, id -> compressor.uncompress(examples.mentionFeatures.get(id)));
  }

  /**
   * What the model conjoins a mention's features with: a pronoun's own word, a name's entity type,
   * or the mention type.
   */
  private String identifier(int mentionId, MentionType type) {
    return identifiers.computeIfAbsent(mentionId, id -> findIdentifier(id, type));
  }

  private String findIdentifier(int mentionId, MentionType type) {
    String prefix =
        type == MentionType.PRONOMINAL
            ? "head-word="
            : type == MentionType.PROPER ? "head-ne-type=" : null;
    if (prefix != null) {
      for (String feature : features(mentionId).keySet()) {
        if (feature.startsWith(prefix)) {
          String value = feature.substring(prefix.length());
          return type == MentionType.PROPER ? type + "_" + value : value;
        }
      }
    }
    return type.toString();
  }
}
