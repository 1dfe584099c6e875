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
 * predict} in their last bits only: {@code ActorCorefAnnotatorTest} finds CoreNLP's chains exactly.
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
  // Suffix ("" for none) -> feature -> the weight of the feature with the suffix appended.
  private final Map<String, Map<String, Double>> conjoinedWeights = new HashMap<>();

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
        conjoined(pairFeatures, "")
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

  /**
   * Features conjoined with {@code suffix} ("" for none), dotted with the weights. Features recur
   * across a document's pairs and mentions (distances, matches, mention types, head words), so each
   * conjoined feature's weight is looked up once per document: building and hashing those strings
   * for every pair was most of what remained of coreference's pairwise scoring.
   */
  private double conjoined(Counter<String> features, String suffix) {
    Map<String, Double> known = conjoinedWeights.computeIfAbsent(suffix, s -> new HashMap<>());
    double sum = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Double weight = known.get(e.getKey());
      if (weight == null) {
        Counter<String> single = new ClassicCounter<>(1);
        single.setCount(e.getKey() + suffix, 1.0);
        weight = weights.weightFeatureProduct(single);
        known.put(e.getKey(), weight);
      }
      sum += e.getValue() * weight;
    }
    return sum;
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
