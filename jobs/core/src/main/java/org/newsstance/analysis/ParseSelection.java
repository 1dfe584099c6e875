package org.newsstance.analysis;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.Candidate;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Chooses the sentences worth parsing: those that may mention an actor, and, in a paragraph that
 * has one, those holding a third-person pronoun or a role noun that coreference may link to it
 * ("he", "its", "the envoy"). Parsing is most of the job's cost, and a sentence naming nobody
 * changes no table. Sentences over the length cap are never parsed.
 */
final class ParseSelection {
  static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "its");

  /** Nouns by which news refers back to an actor already named. */
  static final Set<String> ROLE_NOUNS =
      Set.of(
          "envoy",
          "minister",
          "president",
          "leader",
          "official",
          "spokesman",
          "spokeswoman",
          "secretary",
          "ambassador",
          "diplomat",
          "negotiator",
          "chief",
          "premier",
          "chancellor",
          "king",
          "prince",
          "senator",
          "governor",
          "general",
          "government",
          "administration",
          "regime",
          "country",
          "nation",
          "group",
          "militia",
          "movement",
          "company",
          "firm",
          "organization",
          "organisation",
          "agency",
          "party",
          "court",
          "ministry",
          "council");

  private ParseSelection() {}

  static List<AnnotatedSentence> select(
      List<AnnotatedSentence> sentences,
      Map<AnnotatedSentence, List<Candidate>> candidates,
      int maxTokens) {
    Set<Integer> paragraphsWithActors = new HashSet<>();
    for (AnnotatedSentence s : sentences) {
      if (!candidates.getOrDefault(s, List.of()).isEmpty()) {
        paragraphsWithActors.add(s.paragraphIdx());
      }
    }
    List<AnnotatedSentence> selected = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      if (s.tokens().size() > maxTokens || !paragraphsWithActors.contains(s.paragraphIdx())) {
        continue;
      }
      if (!candidates.getOrDefault(s, List.of()).isEmpty() || refersBack(s.tokens())) {
        selected.add(s);
      }
    }
    return selected;
  }

  private static boolean refersBack(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String word = t.word().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(word)
          || (t.tag().startsWith("NN")
              && ROLE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }
}
