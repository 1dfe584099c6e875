package org.newsstance.score.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.Optional;

/**
 * CoreNLP's sentiment model read directly, without training: the baselines a trained classifier has
 * to beat. Five classes are folded to three (very/negative, neutral, positive/very).
 */
public final class RntnBaseline {
  private RntnBaseline() {}

  /**
   * The RNTN's distribution for the mention by {@link ScoringMethod#RNTN_ROOT} or {@link
   * ScoringMethod#RNTN_CLAUSE}; empty when the sentence has no parse.
   */
  public static Optional<MentionSentiment> score(
      CoreMap sentence, int tokenBegin, int tokenEnd, ScoringMethod method) {
    return RntnTree.of(sentence, sentence.get(CoreAnnotations.TokensAnnotation.class))
        .map(tree -> of(node(tree, tokenBegin, tokenEnd, method), method));
  }

  private static Tree node(RntnTree tree, int begin, int end, ScoringMethod method) {
    return switch (method) {
      case RNTN_ROOT -> tree.root();
      case RNTN_CLAUSE -> tree.clauseNode(begin, end);
      default -> throw new IllegalArgumentException("not an RNTN baseline: " + method);
    };
  }

  private static MentionSentiment of(Tree node, ScoringMethod method) {
    return MentionSentiment.of(RntnTree.threeClass(RntnTree.fiveClass(node)), method.id());
  }
}
