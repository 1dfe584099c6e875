package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Finds the spans of a sentence that may mention actors: registry forms first (longest match, not
 * inside a longer proper name: {@link LongerNames}), then names CoreNLP's NER tags PERSON or
 * ORGANIZATION outside them; neither in a dateline or photo credit ({@link Credits}). Cheap: runs
 * on every sentence.
 */
public final class CandidateFinder {
  /**
   * NER types that name actors. LOCATION names places; countries and capitals come from the
   * registry.
   */
  private static final Set<String> ACTOR_NER_TYPES = Set.of("PERSON", "ORGANIZATION");

  /** Words before a capitalised name that make it a ship, a treaty or a building, not an actor. */
  private static final Set<String> NON_ACTOR_PREFIXES = Set.of("the", "uss", "hms", "operation");

  /**
   * Words NER tends to tag ORGANIZATION inside titles ("Secretary of State", "Foreign Ministry")
   * that name no organisation on their own.
   */
  static final Set<String> GENERIC_INSTITUTION_WORDS =
      Set.of(
          "State",
          "Defense",
          "Defence",
          "Foreign",
          "Affairs",
          "Interior",
          "Treasury",
          "Justice",
          "Commerce",
          "Energy",
          "Department",
          "Ministry",
          "Office",
          "Agency",
          "Council",
          "Committee",
          "Government",
          "Administration",
          "House",
          "Senate",
          "Cabinet");

  private final SurfaceFormIndex index;

  public CandidateFinder(SurfaceFormIndex index) {
    this.index = index;
  }

  /**
   * A sentence's candidates, and the registry actors whose forms lie only inside a longer proper
   * name of it ("Mexico" of "New Mexico", "White House" of "White House Historical Association"):
   * no mentions, but the text still names them, which is the context a registry person's bare
   * surname needs.
   */
  public record Found(List<Candidate> candidates, Set<String> namedInsideLongerNames) {}

  public Found find(AnnotatedSentence sentence) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> namedInsideLongerNames = new TreeSet<>();
    List<CoreLabel> tokens = sentence.tokens();
    boolean[] taken = new boolean[tokens.size()];
    List<SurfaceFormIndex.Match> matches = index.matches(tokens);
    boolean[] registryTokens = new boolean[tokens.size()];
    matches.forEach(m -> Arrays.fill(registryTokens, m.begin(), m.end(), true));
    for (SurfaceFormIndex.Match m : matches) {
      String longerName = LongerNames.enclosing(tokens, m, registryTokens);
      if (longerName != null) {
        namedInsideLongerNames.add(m.actorId());
      } else if (!Credits.isCredit(tokens, m.begin(), m.end())) {
        candidates.add(new Candidate(sentence, m.begin(), m.end(), m.actorId(), m.kind(), null));
      }
      // The longer name becomes NER's candidate ("Jordan Spieth" a person, "USA Gymnastics" an
      // organisation), except an organisation's around a metonym: NER tags names of talks and
      // events so too (the seed's "Muscat Gamble"), and "the Washington Post" was never the
      // capital.
      if (longerName != null
          && !(m.kind() == FormKind.METONYM && longerName.equals("ORGANIZATION"))) {
        continue;
      }
      Arrays.fill(taken, m.begin(), m.end(), true);
    }
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      if (!ACTOR_NER_TYPES.contains(ner)) {
        i++;
        continue;
      }
      int end = NerSpans.name(tokens, i, i + 1).end();
      // The CRF tags dashes and other marks at a name's edge with the name ("-- Robert Mueller" in
      // a dateline, "- - - Indianapolis Colts" in a flattened list); they are not part of it.
      int begin = i;
      int last = end;
      while (begin < last && !hasLetterOrDigit(tokens.get(begin))) {
        begin++;
      }
      while (last > begin && !hasLetterOrDigit(tokens.get(last - 1))) {
        last--;
      }
      if (begin < last
          && !overlaps(taken, begin, last)
          && looksLikeActorName(tokens, begin, last, ner)
          && !Credits.isCredit(tokens, begin, last)) {
        candidates.add(new Candidate(sentence, begin, last, null, null, ner));
      }
      i = end;
    }
    candidates.sort(java.util.Comparator.comparingInt(Candidate::begin));
    return new Found(candidates, namedInsideLongerNames);
  }

  private static boolean hasLetterOrDigit(CoreLabel token) {
    return NerSpans.hasLetterOrDigit(token.word());
  }

  private static boolean hasCapitalAfterParticle(String word) {
    int dash = word.indexOf('-');
    return dash > 0
        && dash + 1 < word.length()
        && Character.isUpperCase(word.codePointAt(dash + 1));
  }

  private static boolean overlaps(boolean[] taken, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised name; not a lone generic institution word; and for a person, not "the Abraham
   * Lincoln" or "USS Abraham Lincoln" (a ship).
   */
  private static boolean looksLikeActorName(
      List<CoreLabel> tokens, int begin, int end, String ner) {
    // Names may open with a lower-case particle ("al-Maliki", "bin Salman", "van der Leyen").
    if (tokens.subList(begin, end).stream()
        .noneMatch(
            t ->
                Character.isUpperCase(t.originalText().codePointAt(0))
                    || hasCapitalAfterParticle(t.originalText()))) {
      return false;
    }
    if ("ORGANIZATION".equals(ner)
        && tokens.subList(begin, end).stream()
            .allMatch(t -> GENERIC_INSTITUTION_WORDS.contains(t.originalText()))) {
      return false;
    }
    if ("PERSON".equals(ner) && begin > 0) {
      String before = tokens.get(begin - 1).originalText().toLowerCase(Locale.ROOT);
      return !NON_ACTOR_PREFIXES.contains(before);
    }
    return true;
  }
}
