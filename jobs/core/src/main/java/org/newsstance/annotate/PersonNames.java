package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsstance.segment.AnnotatedSentence;

/**
 * The full personal names of one document, by surname, for within-document name merging: once
 * "Abbas Araghchi" appears, "Araghchi" alone is the same actor. When two people of the document
 * share a surname, a bare surname goes to the only one named before it, else to the article's
 * principal bearer of it ({@link SurnameBearers}). A multi-word name that ends another one
 * ("Zaghari-Ratcliffe", three tokens, after "Nazanin Zaghari-Ratcliffe") is that shorter form too,
 * not a person of its own. A name's first word alone is that person when only one of the document's
 * full names begins with it: quotes call people by first name ("Pat was the first to put his arm
 * around him" after "Pat Shurmur"), and East Asian names put the family name first ("Hu" after "Hu
 * Shuli").
 */
final class PersonNames {
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  /**
   * @param compound whether the surname ends a hyphenated one ("Zuma" of "Nkosazana Dlamini-Zuma")
   */
  private record FullName(
      String actorId, String surface, int sentenceIdx, int tokenBegin, boolean compound) {}

  private final Map<String, List<FullName>> bySurname = new HashMap<>();
  private final Map<String, List<FullName>> byFirstWord = new HashMap<>();
  private final Map<String, Long> firstStandingAlone = new HashMap<>();
  private final Map<String, List<Long>> oneWordUses = new HashMap<>();

  // Built on first use once every name is registered, so that each lookup is cheap however many
  // names a document holds; registering another name clears them.
  private final Map<String, Map<String, List<FullName>>> endingsBySurname = new HashMap<>();
  private final Map<String, SurnameBearers> bearersBySurname = new HashMap<>();
  private final Map<String, Optional<String>> firstWordPeople = new HashMap<>();

  /**
   * The last word of a name, ignoring generational suffixes: "Donald J. Trump Jr." → "Trump" (the
   * planner reaches it through {@link ActorResolver#surnameOf}).
   */
  static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && SUFFIXES.contains(words[last])) {
      last--;
    }
    return words[last];
  }

  void addFullName(String actorId, Candidate c) {
    // "Charles Manson Jr." is "Manson" later on, never "Jr.".
    int last = c.end() - 1;
    while (last > c.begin() && SUFFIXES.contains(c.sentence().tokens().get(last).originalText())) {
      last--;
    }
    String surname = c.sentence().tokens().get(last).originalText();
    boolean compound =
        last > c.begin() && c.sentence().tokens().get(last - 1).originalText().equals("-");
    FullName name = new FullName(actorId, c.surface(), c.sentence().index(), c.begin(), compound);
    clearLookups();
    bySurname.computeIfAbsent(key(surname), k -> new ArrayList<>()).add(name);
    String first = c.sentence().tokens().get(c.begin()).originalText();
    // An initial or a title ("J.", "Dr.") names nobody on its own.
    if (last > c.begin() && first.length() > 1 && !first.endsWith(".")) {
      byFirstWord.computeIfAbsent(key(first), k -> new ArrayList<>()).add(name);
    }
  }

  /**
   * A one-word name NER found (a bare surname, or a full name's first word when tagged PERSON); NER
   * tags some surnames ORGANIZATION, so both readings count as uses of a surname.
   */
  void addOneWordName(Candidate c) {
    long at = position(c.sentence().index(), c.begin());
    clearLookups();
    oneWordUses.computeIfAbsent(key(c.surface()), k -> new ArrayList<>()).add(at);
    if (c.nerType().equals("PERSON")) {
      firstStandingAlone.putIfAbsent(key(c.surface()), at);
    }
  }

  /**
   * The actor whose full name begins with {@code word}, or null unless exactly one person's does
   * and that full name comes before the word first stands alone: "Mike" after "Mike Pence" and
   * "Mike Pompeo" could be either; a first name used before any full name is usually somebody the
   * text knows by first name ("Liu" before "Liu Xia" is her husband, never named in full).
   */
  String firstWordOf(String word) {
    return firstWordPeople
        .computeIfAbsent(key(word), w -> Optional.ofNullable(personFirstNamed(w)))
        .orElse(null);
  }

  private String personFirstNamed(String word) {
    List<FullName> names = byFirstWord.getOrDefault(word, List.of());
    if (names.isEmpty() || names.stream().map(FullName::actorId).distinct().count() > 1) {
      return null;
    }
    long named =
        names.stream()
            .mapToLong(n -> position(n.sentenceIdx(), n.tokenBegin()))
            .min()
            .orElseThrow();
    return named < firstStandingAlone.getOrDefault(word, Long.MAX_VALUE)
        ? names.get(0).actorId()
        : null;
  }

  /** How the first full name registered under {@code actorId} is spelled, if any. */
  Optional<String> surfaceOf(String actorId) {
    return bySurname.values().stream()
        .flatMap(List::stream)
        .filter(n -> n.actorId().equals(actorId))
        .min(Comparator.comparingInt(FullName::sentenceIdx).thenComparingInt(FullName::tokenBegin))
        .map(FullName::surface);
  }

  /**
   * The actor of a longer full name that a multi-word name ends ("Zaghari-Ratcliffe" after "Nazanin
   * Zaghari-Ratcliffe"), or null: compound surnames are split into several tokens, so without this
   * they would each become an actor of their own.
   */
  String longerNameFor(Candidate c) {
    List<FullName> longer =
        longer(key(c.sentence().tokens().get(c.end() - 1).originalText()), c.surface());
    return longer.isEmpty() ? null : nearest(longer, c.sentence().index(), c.begin()).actorId();
  }

  /** The full names carrying {@code surname} that end in {@code surface} after a space. */
  private List<FullName> longer(String surname, String surface) {
    return endingsBySurname
        .computeIfAbsent(surname, this::endings)
        .getOrDefault(surface, List.of());
  }

  /** Each full name carrying {@code surname}, under every shorter name it ends in. */
  private Map<String, List<FullName>> endings(String surname) {
    Map<String, List<FullName>> endings = new HashMap<>();
    for (FullName name : bySurname.getOrDefault(surname, List.of())) {
      String surface = name.surface();
      for (int i = surface.indexOf(' '); i >= 0; i = surface.indexOf(' ', i + 1)) {
        endings.computeIfAbsent(surface.substring(i + 1), k -> new ArrayList<>()).add(name);
      }
    }
    return endings;
  }

  /**
   * The actor a bare surname at {@code c} refers to, or null when no full name carries it. A word
   * in capitals NER tagged other than PERSON is an acronym, not a speaker's surname.
   */
  String fullNameFor(String surname, Candidate c) {
    if (!"PERSON".equals(c.nerType()) && LongerNames.allCapitals(surname)) {
      return null;
    }
    return fullNameFor(surname, c.sentence().index(), c.begin());
  }

  private String fullNameFor(String surname, int sentenceIdx, int token) {
    String key = key(surname);
    if (!bySurname.containsKey(key)) {
      return null;
    }
    return bearersBySurname.computeIfAbsent(key, this::bearersOf).at(position(sentenceIdx, token));
  }

  private SurnameBearers bearersOf(String surname) {
    List<SurnameBearers.Naming> namings = new ArrayList<>();
    for (FullName name : bearers(surname)) {
      namings.add(
          new SurnameBearers.Naming(
              person(surname, name), position(name.sentenceIdx(), name.tokenBegin())));
    }
    return SurnameBearers.of(namings, oneWordUses.getOrDefault(surname, List.of()));
  }

  /**
   * The full names a bare surname may stand for: those ending in it as a word of its own when any
   * does, since "Zuma" alone is Jacob Zuma, not Nkosazana Dlamini-Zuma; else the hyphenated ones
   * ("Ratcliffe" after "Nazanin Zaghari-Ratcliffe" alone).
   */
  private List<FullName> bearers(String surname) {
    List<FullName> names = bySurname.getOrDefault(surname, List.of());
    List<FullName> plain = names.stream().filter(n -> !n.compound()).toList();
    return plain.isEmpty() ? names : plain;
  }

  /** The person a full name is: "Zaghari-Ratcliffe" is the "Nazanin Zaghari-Ratcliffe" it ends. */
  private String person(String surname, FullName name) {
    List<FullName> longer = longer(surname, name.surface());
    return longer.isEmpty()
        ? name.actorId()
        : nearest(longer, name.sentenceIdx(), name.tokenBegin()).actorId();
  }

  private static FullName nearest(List<FullName> names, int sentenceIdx, int token) {
    FullName best = null;
    for (FullName name : names) {
      boolean before =
          name.sentenceIdx() < sentenceIdx
              || (name.sentenceIdx() == sentenceIdx && name.tokenBegin() < token);
      if (before) {
        best = name;
      }
    }
    return best != null ? best : names.get(0);
  }

  /**
   * Names NER tagged in one sentence but not in another ("Koellmann said" with Koellmann tagged O,
   * "Axoni is far from alone" after "Axoni" was tagged): proper nouns outside every mention,
   * spelled exactly as a surname of the document's full names, or as a one-word name found
   * elsewhere in it.
   *
   * @param oneWordNames one-word names NER found in the document, to the actor each resolved to
   */
  List<ActorMention> unflaggedNames(
      List<AnnotatedSentence> sentences,
      List<ActorMention> mentions,
      Map<String, String> oneWordNames) {
    List<ActorMention> found = new ArrayList<>();
    if (bySurname.isEmpty() && oneWordNames.isEmpty()) {
      return found;
    }
    Set<Long> covered = ActorMention.coveredTokens(mentions);
    for (AnnotatedSentence sentence : sentences) {
      List<CoreLabel> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).originalText();
        if (!tokens.get(i).tag().startsWith("NNP")
            || covered.contains(position(sentence.index(), i))
            || Credits.inCredit(tokens, i)) {
          continue;
        }
        // A surname in capitals that NER left untagged is a heading's word ("CLOSE BITCOIN: NEW
        // CURRENCY STANDARD…"), not a speaker's name.
        String actorId =
            bySurname.containsKey(key(word)) && !LongerNames.allCapitals(word)
                ? fullNameFor(word, sentence.index(), i)
                : oneWordNames.get(word);
        if (actorId != null) {
          Candidate c = new Candidate(sentence, i, i + 1, null, null, "PERSON");
          found.add(ActorResolver.mention(c, actorId, Resolution.NAME_MERGE, 1.0));
        }
      }
    }
    return found;
  }

  /**
   * A name as the lookups hold it: in any case, since transcripts write a speaker's name in
   * capitals ("LOHSE : Perfect" after "Marissa Lohse"), which NER tags PERSON like any other use of
   * it.
   */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private void clearLookups() {
    endingsBySurname.clear();
    bearersBySurname.clear();
    firstWordPeople.clear();
  }

  private static long position(int sentenceIdx, int token) {
    return ActorMention.tokenKey(sentenceIdx, token);
  }
}
