package org.newsstance.score.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one mention in one annotated sentence into named real-valued features, group by group (see
 * {@link FeatureGroup}). The same code builds training examples and scores the job's mentions, so
 * the two cannot drift apart. Stateless apart from the lexicon: thread-safe.
 */
public final class MentionFeatures {
  /** Tokens each side of the mention that the window groups look at. */
  static final int WINDOW = 6;

  /** Tokens before an opinion word in which a negator flips it ("did not condemn"). */
  static final int NEGATION_REACH = 3;

  private static final String[] FIVE = {"vneg", "neg", "neu", "pos", "vpos"};

  private final OpinionLexicon lexicon;

  public MentionFeatures(OpinionLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The features of tokens [begin, end) of the sentence, from the groups asked for. Parse-based
   * groups are left out when the sentence has no parse; the caller decides what that means.
   */
  public Map<String, Double> extract(
      CoreMap sentence, int begin, int end, Set<FeatureGroup> groups) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Map<String, Double> features = new TreeMap<>();
    features.put("bias", 1.0);
    Optional<RntnTree> tree = RntnTree.of(sentence, tokens);
    if (groups.contains(FeatureGroup.TREE) && tree.isPresent()) {
      treeFeatures(tree.get(), begin, end, features);
    }
    if (groups.contains(FeatureGroup.LEXICON) || groups.contains(FeatureGroup.SENTENCE_LEXICON)) {
      lexiconFeatures(tokens, begin, end, groups, features);
    }
    if (groups.contains(FeatureGroup.WINDOW_WORDS)) {
      windowWords(tokens, begin, end, features);
    }
    if (groups.contains(FeatureGroup.SCOPE) && tree.isPresent()) {
      clauseScope(tokens, tree.get(), begin, end, features);
    }
    if (tree.isPresent()
        && (groups.contains(FeatureGroup.DEPENDENCY)
            || groups.contains(FeatureGroup.GOVERNOR_WORDS)
            || groups.contains(FeatureGroup.SCOPE))) {
      DependencyFeatures.of(sentence, lexicon)
          .ifPresent(d -> d.extract(begin, end, groups, features));
    }
    return features;
  }

  /** Whether the sentence has a real parse (not the parser's stand-in for a skipped sentence). */
  public static boolean isParsed(CoreMap sentence) {
    return RntnTree.of(sentence, sentence.get(CoreAnnotations.TokensAnnotation.class)).isPresent();
  }

  private static void treeFeatures(RntnTree tree, int begin, int end, Map<String, Double> out) {
    node("root", tree.root(), out);
    node("mention", tree.mentionNode(begin, end), out);
    node("clause", tree.clauseNode(begin, end), out);
    node("predicate", tree.predicateNode(begin, end), out);
  }

  /**
   * A node's five probabilities, its three folded ones, and its expected value on [-1, 1]; the
   * linear model can then weigh "mildly negative" and "very negative" apart.
   */
  private static void node(String name, Tree node, Map<String, Double> out) {
    double[] five = RntnTree.fiveClass(node);
    double expected = 0;
    for (int i = 0; i < 5; i++) {
      out.put("tree:" + name + ":" + FIVE[i], five[i]);
      expected += five[i] * (i - 2) / 2.0;
    }
    double[] three = RntnTree.threeClass(five);
    out.put("tree:" + name + ":neg3", three[0]);
    out.put("tree:" + name + ":pos3", three[2]);
    out.put("tree:" + name + ":expected", expected);
  }

  private void lexiconFeatures(
      List<CoreLabel> tokens,
      int begin,
      int end,
      Set<FeatureGroup> groups,
      Map<String, Double> out) {
    boolean window = groups.contains(FeatureGroup.LEXICON);
    boolean sentence = groups.contains(FeatureGroup.SENTENCE_LEXICON);
    int from = Math.max(0, begin - WINDOW);
    int to = Math.min(tokens.size(), end + WINDOW);
    for (int i = 0; i < tokens.size(); i++) {
      int polarity = effectivePolarity(tokens, i);
      if (polarity == 0 || (i >= begin && i < end)) {
        continue;
      }
      boolean negated = negated(tokens, i);
      String sign = polarity > 0 ? "pos" : "neg";
      if (sentence) {
        add(out, "lex:sentence:" + sign, 1);
      }
      if (window && i >= from && i < to) {
        add(out, "lex:window:" + sign, 1);
        add(out, "lex:window:" + (i < begin ? "left:" : "right:") + sign, 1);
        if (negated) {
          add(out, "lex:window:negated", 1);
        }
      }
    }
    if (!window) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (lexicon.isNegator(tokens.get(i).lemma())) {
        add(out, "lex:window:negator", 1);
      }
    }
    if (insideQuotes(tokens, begin)) {
      out.put("lex:mention_in_quotes", 1.0);
    }
    String tag = tokens.get(begin).tag();
    if (end - begin == 1 && tag != null && tag.startsWith("PRP")) {
      out.put("lex:mention_pronoun", 1.0);
    }
  }

  /**
   * Opinion words inside the mention's clause (the tree node {@link RntnTree#clauseNode}) apart
   * from those elsewhere in the sentence: "praised X, but condemned Y" puts "praised" in X's clause
   * and "condemned" outside it.
   */
  private void clauseScope(
      List<CoreLabel> tokens, RntnTree tree, int begin, int end, Map<String, Double> out) {
    int[] clause = tree.span(tree.clauseNode(begin, end));
    for (int i = 0; i < tokens.size(); i++) {
      int polarity = effectivePolarity(tokens, i);
      if (polarity != 0 && (i < begin || i >= end)) {
        String where = i >= clause[0] && i < clause[1] ? "clause" : "outside";
        add(out, "scope:" + where + ":" + (polarity > 0 ? "pos" : "neg"), 1);
      }
    }
  }

  /** Token i's lexicon polarity, flipped when a negator precedes it: -1, 0 or +1. */
  int effectivePolarity(List<CoreLabel> tokens, int i) {
    int polarity = lexicon.polarity(tokens.get(i).lemma());
    return polarity != 0 && negated(tokens, i) ? -polarity : polarity;
  }

  /**
   * A negator within {@link #NEGATION_REACH} tokens before token i, with no punctuation between.
   */
  boolean negated(List<CoreLabel> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - NEGATION_REACH); j--) {
      String lemma = tokens.get(j).lemma();
      if (lexicon.isNegator(lemma)) {
        return true;
      }
      if (isPunctuation(tokens.get(j))) {
        return false;
      }
    }
    return false;
  }

  private static boolean insideQuotes(List<CoreLabel> tokens, int begin) {
    int quotes = 0;
    for (int i = 0; i < begin; i++) {
      String tag = tokens.get(i).tag();
      if ("``".equals(tag) || "''".equals(tag)) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  private static void windowWords(
      List<CoreLabel> tokens, int begin, int end, Map<String, Double> out) {
    int from = Math.max(0, begin - WINDOW);
    int to = Math.min(tokens.size(), end + WINDOW);
    for (int i = from; i < to; i++) {
      if ((i >= begin && i < end) || isPunctuation(tokens.get(i))) {
        continue;
      }
      out.put("word:" + lemma(tokens.get(i)), 1.0);
    }
  }

  static String lemma(CoreLabel token) {
    String lemma = token.lemma() != null ? token.lemma() : token.word();
    return lemma.toLowerCase(Locale.ROOT);
  }

  static boolean isPunctuation(CoreLabel token) {
    String tag = token.tag();
    return tag != null && !tag.isEmpty() && !Character.isLetter(tag.charAt(0));
  }

  static void add(Map<String, Double> features, String name, double value) {
    features.merge(name, value, Double::sum);
  }
}
