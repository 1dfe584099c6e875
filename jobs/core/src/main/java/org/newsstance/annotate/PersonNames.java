package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstance.segment.AnnotatedSentence;

/**
 * The full personal names of one document, by surname, for within-document name merging: once
 * "Abbas Araghchi" appears, "Araghchi" alone is the same actor — the nearest full name before it,
 * or else the first after it, when two people share a surname.
 */
final class PersonNames {
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  private record FullName(String actorId, int sentenceIdx, int tokenBegin) {}

  private final Map<String, List<FullName>> bySurname = new HashMap<>();

  /** The last word of a name, ignoring generational suffixes: "Donald J. Trump Jr." → "Trump". */
  static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && SUFFIXES.contains(words[last])) {
      last--;
    }
    return words[last];
  }

  void addFullName(String actorId, Candidate c) {
    String surname = c.sentence().tokens().get(c.end() - 1).originalText();
    bySurname
        .computeIfAbsent(surname, k -> new ArrayList<>())
        .add(new FullName(actorId, c.sentence().index(), c.begin()));
  }

  /** The actor a bare surname at {@code c} refers to, or null when no full name carries it. */
  String fullNameFor(String surname, Candidate c) {
    return fullNameFor(surname, c.sentence().index(), c.begin());
  }

  private String fullNameFor(String surname, int sentenceIdx, int token) {
    List<FullName> names = bySurname.get(surname);
    if (names == null) {
      return null;
    }
    FullName best = null;
    for (FullName name : names) {
      boolean before =
          name.sentenceIdx() < sentenceIdx
              || (name.sentenceIdx() == sentenceIdx && name.tokenBegin() < token);
      if (before) {
        best = name;
      }
    }
    return (best != null ? best : names.get(0)).actorId();
  }

  /**
   * Surnames of the document's full names that NER did not tag ("Koellmann said" with Koellmann
   * tagged O): proper nouns outside every mention, spelled exactly as a known surname.
   */
  List<ActorMention> unflaggedSurnames(
      List<AnnotatedSentence> sentences, List<ActorMention> mentions) {
    List<ActorMention> found = new ArrayList<>();
    if (bySurname.isEmpty()) {
      return found;
    }
    Set<Long> covered = new HashSet<>();
    for (ActorMention m : mentions) {
      for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
        covered.add(position(m.sentenceIdx(), t));
      }
    }
    for (AnnotatedSentence sentence : sentences) {
      List<CoreLabel> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).originalText();
        if (bySurname.containsKey(word)
            && tokens.get(i).tag().startsWith("NNP")
            && !covered.contains(position(sentence.index(), i))) {
          Candidate c = new Candidate(sentence, i, i + 1, null, null, "PERSON");
          found.add(
              ActorResolver.mention(
                  c, fullNameFor(word, sentence.index(), i), Resolution.NAME_MERGE, 1.0));
        }
      }
    }
    return found;
  }

  private static long position(int sentenceIdx, int token) {
    return ((long) sentenceIdx << 32) | token;
  }
}
