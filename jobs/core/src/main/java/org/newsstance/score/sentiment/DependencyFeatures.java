package org.newsstance.score.sentiment;

import static org.newsstance.score.sentiment.MentionFeatures.add;
import static org.newsstance.score.sentiment.MentionFeatures.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Features from the dependency graph around a mention: the relation that ties the mention to its
 * governor ("Iran" is {@code obj} of "condemned"), the governor's polarity and negation, and
 * opinion words a few arcs away. Relation names are Universal Dependencies as CoreNLP writes them
 * ({@code nsubj}, {@code obj}, {@code obl:against}).
 */
final class DependencyFeatures {
  /** Opinion words this many arcs from the mention's head or closer count. */
  static final int REACH = 3;

  /** Relations that join one clause to another (Universal Dependencies). */
  static final Set<String> CLAUSE_LINKS =
      Set.of("conj", "advcl", "parataxis", "ccomp", "csubj", "list", "dep", "cc");

  private final SemanticGraph graph;
  private final OpinionLexicon lexicon;

  private DependencyFeatures(SemanticGraph graph, OpinionLexicon lexicon) {
    this.graph = graph;
    this.lexicon = lexicon;
  }

  /** The enhanced++ graph the parser built (else a plainer one); empty when there is none. */
  static Optional<DependencyFeatures> of(CoreMap sentence, OpinionLexicon lexicon) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
    return graph == null || graph.isEmpty()
        ? Optional.empty()
        : Optional.of(new DependencyFeatures(graph, lexicon));
  }

  void extract(int begin, int end, Set<FeatureGroup> groups, Map<String, Double> out) {
    IndexedWord head = head(begin, end);
    if (head == null) {
      return;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      IndexedWord governor = edge.getGovernor();
      if (inside(governor, begin, end)) {
        continue;
      }
      String relation = edge.getRelation().toString();
      String role = edge.getRelation().getShortName();
      if (groups.contains(FeatureGroup.DEPENDENCY)) {
        governorFeatures(role, relation, governor, out);
      }
      if (groups.contains(FeatureGroup.GOVERNOR_WORDS)) {
        String lemma = lemma(governor.backingLabel());
        out.put("gov:" + lemma, 1.0);
        out.put("gov:" + role + ":" + lemma, 1.0);
      }
    }
    if (groups.contains(FeatureGroup.DEPENDENCY)) {
      opinionsAround(head, begin, end, "dep:near", false, out);
    }
    if (groups.contains(FeatureGroup.SCOPE)) {
      opinionsAround(head, begin, end, "scope:local", true, out);
    }
  }

  private void governorFeatures(
      String role, String relation, IndexedWord governor, Map<String, Double> out) {
    out.put("dep:role:" + role, 1.0);
    out.put("dep:relation:" + relation, 1.0);
    int polarity = lexicon.polarity(governor.lemma());
    boolean negated = isNegated(governor);
    if (negated) {
      out.put("dep:governor_negated", 1.0);
    }
    if (polarity != 0) {
      int effective = negated ? -polarity : polarity;
      String sign = effective > 0 ? "pos" : "neg";
      out.put("dep:governor:" + sign, 1.0);
      out.put("dep:governor:" + role + ":" + sign, 1.0);
    }
  }

  /**
   * Opinion words within {@link #REACH} arcs of the head (not through the mention), each weighed
   * 1/distance and flipped when its own word is negated. With {@code local}, arcs that join another
   * clause ({@link #CLAUSE_LINKS}) are not followed, so "praised X, but blamed Y" keeps "blamed"
   * away from X.
   */
  private void opinionsAround(
      IndexedWord head, int begin, int end, String prefix, boolean local, Map<String, Double> out) {
    Map<IndexedWord, Integer> distance = new HashMap<>();
    ArrayDeque<IndexedWord> queue = new ArrayDeque<>();
    distance.put(head, 0);
    queue.add(head);
    while (!queue.isEmpty()) {
      IndexedWord word = queue.poll();
      int d = distance.get(word);
      if (d > 0 && !inside(word, begin, end)) {
        int polarity = lexicon.polarity(word.lemma());
        if (polarity != 0) {
          int effective = isNegated(word) ? -polarity : polarity;
          String sign = effective > 0 ? "pos" : "neg";
          add(out, prefix + ":" + sign, 1.0 / d);
          add(out, prefix + ":" + sign + ":d" + d, 1);
        }
      }
      if (d == REACH) {
        continue;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
        visit(edge, edge.getDependent(), d, local, distance, queue);
      }
      for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
        visit(edge, edge.getGovernor(), d, local, distance, queue);
      }
    }
  }

  private static void visit(
      SemanticGraphEdge edge,
      IndexedWord next,
      int d,
      boolean local,
      Map<IndexedWord, Integer> distance,
      ArrayDeque<IndexedWord> queue) {
    if (local && CLAUSE_LINKS.contains(edge.getRelation().getShortName())) {
      return;
    }
    if (distance.putIfAbsent(next, d + 1) == null) {
      queue.add(next);
    }
  }

  /** A word with a negating dependent: {@code advmod(condemn, not)}, {@code det(deal, no)}. */
  private boolean isNegated(IndexedWord word) {
    for (IndexedWord child : graph.getChildren(word)) {
      if (lexicon.isNegator(child.lemma()) || lexicon.isNegator(child.word())) {
        return true;
      }
    }
    return false;
  }

  /** The mention's token whose governor lies outside the mention (the phrase's head). */
  private IndexedWord head(int begin, int end) {
    IndexedWord fallback = null;
    for (int i = begin; i < end; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      if (word == null) {
        continue;
      }
      fallback = word;
      boolean governedFromOutside =
          graph.getParents(word).stream().anyMatch(p -> !inside(p, begin, end));
      if (governedFromOutside || graph.getRoots().contains(word)) {
        return word;
      }
    }
    return fallback;
  }

  /** Whether a word (1-based index) is one of the mention's tokens [begin, end) (0-based). */
  private static boolean inside(IndexedWord word, int begin, int end) {
    int i = word.index() - 1;
    return i >= begin && i < end;
  }
}
