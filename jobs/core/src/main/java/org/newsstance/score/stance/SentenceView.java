package org.newsstance.score.stance;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.segment.AnnotatedSentence;

/**
 * One parsed sentence as the stance rules read it: its dependency graph, the actor mention on each
 * token, lowercased words and lemmas, and its topic trigger matches.
 */
final class SentenceView {
  /**
   * Subordinators that make a clause a condition: a cue under one asserts no stance; a threat's
   * condition is what its holder wants not to happen.
   */
  static final Set<String> CONDITIONS = Set.of("if", "unless");

  private static final Set<String> SKIPPABLE_TAGS = Set.of("``", "''", ":", "HYPH", ",", "-LRB-");

  /**
   * Heads of a prepositional object that measure time, never what a cue is about: "called Padres
   * games for seven seasons", "pushed for the first time".
   */
  private static final Set<String> TIME_UNITS =
      Set.of(
          "second", "minute", "hour", "day", "night", "week", "month", "year", "season", "decade",
          "century", "time", "while", "term");

  final AnnotatedSentence sentence;
  final SemanticGraph graph;
  final List<TopicMatch> topics;
  private final ActorMention[] mentionAt;
  private final List<String> words;

  /**
   * @param namedTopics the topics the document names by a specific trigger ({@link #namedTopics})
   */
  SentenceView(
      AnnotatedSentence sentence,
      List<ActorMention> mentions,
      TopicRegistry registry,
      Set<String> namedTopics) {
    this.sentence = sentence;
    this.graph = sentence.dependencies();
    List<CoreLabel> tokens = sentence.tokens();
    this.mentionAt = new ActorMention[tokens.size()];
    for (ActorMention m : mentions) {
      for (int i = m.tokenBegin(); i < m.tokenEnd() && i < tokens.size(); i++) {
        mentionAt[i] = m;
      }
    }
    Words read = Words.of(sentence);
    this.words = read.words();
    this.topics = registry.find(read.words(), read.lemmas(), read.skippable(), namedTopics);
  }

  /** The topics a document names by a trigger that is not broad: where its broad ones count. */
  static Set<String> namedTopics(List<AnnotatedSentence> sentences, TopicRegistry registry) {
    Set<String> named = new HashSet<>();
    for (AnnotatedSentence sentence : sentences) {
      Words read = Words.of(sentence);
      registry.find(read.words(), read.lemmas(), read.skippable(), Set.of()).stream()
          .map(TopicMatch::topicId)
          .forEach(named::add);
    }
    return named;
  }

  /** Lowercased words and lemmas of a sentence, and the tokens a trigger phrase may step over. */
  private record Words(List<String> words, List<String> lemmas, boolean[] skippable) {
    static Words of(AnnotatedSentence sentence) {
      List<CoreLabel> tokens = sentence.tokens();
      List<String> words = new ArrayList<>(tokens.size());
      List<String> lemmas = new ArrayList<>(tokens.size());
      boolean[] skippable = new boolean[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel token = tokens.get(i);
        words.add(token.word().toLowerCase(Locale.ROOT));
        lemmas.add(token.lemma() == null ? words.get(i) : token.lemma().toLowerCase(Locale.ROOT));
        skippable[i] = SKIPPABLE_TAGS.contains(token.tag()) || "-".equals(token.word());
      }
      return new Words(words, lemmas, skippable);
    }
  }

  /** The mention covering a word, or null. */
  ActorMention mention(IndexedWord word) {
    int i = word.index() - 1;
    return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
  }

  static String lemma(IndexedWord word) {
    String lemma = word.lemma() == null ? word.word() : word.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  static boolean isNoun(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NN");
  }

  static boolean isVerb(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("VB");
  }

  static String relation(SemanticGraphEdge edge) {
    return edge.getRelation().toString();
  }

  /** Dependents of a word by relation name: exact, or any subtype when the name ends with ':'. */
  List<IndexedWord> children(IndexedWord word, String... relations) {
    List<IndexedWord> found = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
      String name = relation(edge);
      for (String wanted : relations) {
        if (wanted.endsWith(":") ? name.startsWith(wanted) : name.equals(wanted)) {
          found.add(edge.getDependent());
          break;
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return found;
  }

  IndexedWord child(IndexedWord word, String... relations) {
    List<IndexedWord> found = children(word, relations);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The relations by which a word hangs from its governors. */
  List<SemanticGraphEdge> incoming(IndexedWord word) {
    return graph.incomingEdgeList(word);
  }

  /** Whether {@code node} lies in the subtree of {@code root} (root included). */
  boolean dominates(IndexedWord root, IndexedWord node) {
    return root.equals(node) || graph.descendants(root).contains(node);
  }

  /** Whether a negation of the lexicon ("not", "never", "no") modifies the word. */
  boolean negated(IndexedWord word, StanceLexicon lexicon) {
    for (IndexedWord child : children(word, "neg", "advmod", "det", "aux")) {
      if (lexicon.is(CueKind.NEGATION, child.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The document text of tokens [begin, end). */
  String surface(int begin, int end) {
    return sentence.surface(begin, end);
  }

  String word(int tokenIdx) {
    return words.get(tokenIdx);
  }

  int size() {
    return words.size();
  }

  /**
   * Names of days and months: "insisted on Friday" insists on nothing. Not "May" nor "March", which
   * are also a name and a noun ("supported the March for Life").
   */
  private static final Set<String> TIME_NAMES =
      Set.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "January",
          "February",
          "April",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  /** Whether a noun names a day or month ("on Friday", "Thursday night"). */
  boolean isTimeName(IndexedWord noun) {
    return TIME_NAMES.contains(noun.word())
        || (TIME_UNITS.contains(lemma(noun))
            && children(noun, "compound").stream().anyMatch(c -> TIME_NAMES.contains(c.word())));
  }

  /** Whether a noun names a unit of time ("last year"). */
  static boolean isTimeUnit(IndexedWord noun) {
    return TIME_UNITS.contains(lemma(noun));
  }

  /**
   * A time unit counted ("for seven seasons"), plural and bare ("for years"), or "time" ("for the
   * first time"); not "a second term", "a day of action" or "a four-day week", which are targets.
   */
  boolean isDuration(IndexedWord object) {
    if (!isTimeUnit(object)) {
      return false;
    }
    String lemma = lemma(object);
    boolean counted = child(object, "nummod") != null;
    boolean barePlural = "NNS".equals(object.tag()) && child(object, "det") == null;
    return counted || barePlural || lemma.equals("time");
  }
}
