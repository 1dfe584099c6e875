package org.newsstance.score.sentiment;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;

/**
 * The RNTN's binarized sentiment tree of one sentence, read by token position: which node covers a
 * mention, which node is the clause around it, and each node's 5-class distribution (very negative
 * .. very positive). Leaf {@code i} of the tree is token {@code i} of the sentence.
 */
final class RntnTree {
  /** The parser's stand-in root for a sentence it skipped (over {@code parse.maxlen}). */
  private static final String UNPARSED_ROOT = "X";

  private final Tree root;
  private final List<CoreLabel> tokens;
  private final Map<Tree, int[]> spans = new IdentityHashMap<>();
  private final Map<Tree, Tree> parents = new IdentityHashMap<>();

  private RntnTree(Tree root, List<CoreLabel> tokens) {
    this.root = root;
    this.tokens = tokens;
    index(root, null, 0);
  }

  /**
   * The tree of a parsed sentence; empty when the sentence has none or got the parser's flat
   * stand-in (an {@code X} root over the words) because it was longer than the cap.
   */
  static Optional<RntnTree> of(CoreMap sentence, List<CoreLabel> tokens) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    if (tree == null
        || UNPARSED_ROOT.equals(tree.value())
        || tree.getLeaves().size() != tokens.size()) {
      return Optional.empty();
    }
    return Optional.of(new RntnTree(tree, tokens));
  }

  private int index(Tree node, Tree parent, int begin) {
    parents.put(node, parent);
    int end = begin;
    if (node.isLeaf()) {
      end = begin + 1;
    } else {
      for (Tree child : node.children()) {
        end = index(child, node, end);
      }
    }
    spans.put(node, new int[] {begin, end});
    return end;
  }

  /** The tokens [begin, end) a node covers. */
  int[] span(Tree node) {
    return spans.get(node).clone();
  }

  Tree root() {
    return root;
  }

  /** The smallest non-leaf node covering tokens [begin, end). */
  Tree mentionNode(int begin, int end) {
    Tree node = parents.get(root.getLeaves().get(begin));
    while (spans.get(node)[1] < end && parents.get(node) != null) {
      node = parents.get(node);
    }
    return node;
  }

  /**
   * The lowest node above the mention that also covers a verb outside it: the clause whose subject
   * or object the mention is. The root when there is no verb.
   */
  Tree clauseNode(int begin, int end) {
    Tree node = mentionNode(begin, end);
    while (parents.get(node) != null && !coversVerbOutside(node, begin, end)) {
      node = parents.get(node);
    }
    return node;
  }

  /**
   * The clause node's child that does not hold the mention (the predicate the mention takes part
   * in); the clause node itself when the mention spans both children.
   */
  Tree predicateNode(int begin, int end) {
    Tree clause = clauseNode(begin, end);
    for (Tree child : clause.children()) {
      int[] span = spans.get(child);
      if (span[1] <= begin || span[0] >= end) {
        return child.isLeaf() ? clause : child;
      }
    }
    return clause;
  }

  private boolean coversVerbOutside(Tree node, int begin, int end) {
    int[] span = spans.get(node);
    for (int i = span[0]; i < span[1]; i++) {
      if ((i < begin || i >= end) && isVerb(tokens.get(i).tag())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(String tag) {
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  /** The node's RNTN distribution over the five classes. */
  static double[] fiveClass(Tree node) {
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
    double[] p = new double[5];
    for (int i = 0; i < 5; i++) {
      p[i] = predictions.get(i);
    }
    return p;
  }

  /** Five classes folded to three: very/negative, neutral, positive/very. */
  static double[] threeClass(double[] five) {
    return new double[] {five[0] + five[1], five[2], five[3] + five[4]};
  }
}
