package org.newsstance.analysis;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.Candidate;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Chooses the sentences worth parsing: those that may mention an actor, and, in a paragraph that
 * has one or follows one, those holding a third-person pronoun or a role noun that coreference may
 * link to it ("he", "its", "the envoy"; news often opens a paragraph with "He said"). Parsing is
 * most of the job's cost, and a sentence naming nobody changes no table. Sentences over the length
 * cap are never parsed.
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

  /**
   * Tokens the parser may spend on one document: ~10× a long news article. Past it, sentences are
   * left unparsed (the document is marked {@code parse_budget}); their actors are still found from
   * the registry and NER and scored by the words-only fallback, so a 2 MB paragraph costs seconds,
   * not hours, and still yields rows.
   */
  static final int DOCUMENT_PARSE_BUDGET_TOKENS = 20_000;

  /** The sentences to parse, and whether the document's budget cut the selection short. */
  record Selection(List<AnnotatedSentence> sentences, boolean budgetExceeded) {}

  private ParseSelection() {}

  static Selection select(
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
    int budget = DOCUMENT_PARSE_BUDGET_TOKENS;
    for (AnnotatedSentence s : sentences) {
      if (s.tokens().size() > maxTokens) {
        continue;
      }
      boolean named = !candidates.getOrDefault(s, List.of()).isEmpty();
      boolean nearActor =
          paragraphsWithActors.contains(s.paragraphIdx())
              || paragraphsWithActors.contains(s.paragraphIdx() - 1);
      if (named || (nearActor && refersBack(s.tokens()))) {
        if (budget < s.tokens().size()) {
          return new Selection(selected, true);
        }
        budget -= s.tokens().size();
        selected.add(s);
      }
    }
    return new Selection(selected, false);
  }

  /**
   * The sentences the resolver found a name in that the selection did not choose, within what is
   * left of the budget: a one-word name NER missed there but tagged elsewhere in the document
   * ("Axoni") is known only once every sentence is resolved, and unparsed it would be scored by the
   * words-only fallback and state no stance.
   */
  static Selection named(
      List<AnnotatedSentence> sentences,
      List<ActorMention> mentions,
      Selection selection,
      int maxTokens) {
    if (selection.budgetExceeded()) {
      return new Selection(List.of(), true);
    }
    Set<Integer> named = new HashSet<>();
    mentions.forEach(m -> named.add(m.sentenceIdx()));
    int budget =
        DOCUMENT_PARSE_BUDGET_TOKENS
            - selection.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    List<AnnotatedSentence> late = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      int size = s.tokens().size();
      if (s.parsed() || !named.contains(s.index()) || size > maxTokens) {
        continue;
      }
      if (budget < size) {
        return new Selection(late, true);
      }
      budget -= size;
      late.add(s);
    }
    return new Selection(late, false);
  }

  /**
   * A quote's "we" or "our" goes with the official quoted just before ("'We hope our voices will be
   * heard,'" after "'...,' the spokeswoman said"), so a quote holding one refers back too.
   */
  static final Set<String> QUOTED_WE = Set.of("we", "our", "us");

  private static final Set<String> OPENING_QUOTES = Set.of("\"", "``", "\u201c", "'", "`");

  private static boolean refersBack(List<CoreLabel> tokens) {
    boolean quote =
        !tokens.isEmpty()
            && ("``".equals(tokens.get(0).tag()) || OPENING_QUOTES.contains(tokens.get(0).word()));
    for (CoreLabel t : tokens) {
      if (quote && QUOTED_WE.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
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
