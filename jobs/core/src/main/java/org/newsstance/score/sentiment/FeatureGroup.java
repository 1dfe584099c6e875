package org.newsstance.score.sentiment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The families of features a mention can be described by; a model names the groups it was trained
 * with, and the trainer compares sets of them by cross-validation.
 */
public enum FeatureGroup {
  /** RNTN distributions: sentence root, the mention's node, its clause, the clause's predicate. */
  TREE,
  /** Opinion-lexicon counts around the mention, with negation. */
  LEXICON,
  /**
   * Opinion-lexicon counts over the whole sentence: strong evidence when every target of a sentence
   * shares its tone, misleading when two targets differ.
   */
  SENTENCE_LEXICON,
  /**
   * The mention's grammatical role, the polarity of its governor, opinion words near it in the
   * dependency graph, and negation of its governor.
   */
  DEPENDENCY,
  /** The governor's lemma, alone and with the mention's role (lexicalised dependency features). */
  GOVERNOR_WORDS,
  /** The lemmas in a window around the mention (a bag of words). */
  WINDOW_WORDS,
  /**
   * Opinion words split by whether they bear on the mention: inside the mention's clause (tree) or
   * not, and reachable in the dependency graph without crossing into another clause (conj, advcl,
   * parataxis, ...) or not. What tells two actors of one sentence apart.
   */
  SCOPE;

  /** The groups that need no parse: what the unparsed fallback may use. */
  public static final Set<FeatureGroup> UNPARSED =
      EnumSet.of(LEXICON, SENTENCE_LEXICON, WINDOW_WORDS);

  public boolean needsParse() {
    return !UNPARSED.contains(this);
  }

  /** {@code tree+lexicon+...} in declaration order: the name of a feature set. */
  public static String name(Set<FeatureGroup> groups) {
    return groups.stream()
        .sorted()
        .map(g -> g.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("+"));
  }

  public static Set<FeatureGroup> parse(String name) {
    EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
    for (String part : name.split("\\+")) {
      groups.add(valueOf(part.trim().toUpperCase(Locale.ROOT)));
    }
    return groups;
  }
}
