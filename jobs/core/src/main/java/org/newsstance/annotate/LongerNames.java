package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsstance.annotate.registry.ActorTypes;

/**
 * The registry's rule 2 (seeds/actors/README.md): a form does not match inside a longer proper name
 * that the registry does not list. NER's span around the match decides: "Jordan" in <i>Jordan
 * Spieth</i>, "USA" in <i>USA Gymnastics</i>, "Mexico" in <i>New Mexico</i> and "Oman" in <i>Gulf
 * of Oman</i> are not the countries. Measured on PerSenT dev before this rule: ~90 country mentions
 * in 68 articles were such parts of longer names.
 *
 * <p>Longer names that keep the match, because they are the actor's own: a country's or a registry
 * institution's body (<i>Pakistan Army</i>, <i>Iranian Foreign Ministry</i>), a country's official
 * style (<i>Republic of ...</i>), a registry organisation or group inside an organisation's name
 * (<i>NATO Secretary General</i>), a registry person inside a longer person name but for a
 * generational suffix (<i>Donald Trump Jr.</i> is another person; a regnal number is not a suffix),
 * and two registry actors joined (<i>U.S.-Iran</i>).
 */
final class LongerNames {
  /** Coarse and fine-grained NER classes of places. */
  private static final Set<String> PLACE =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private static final Set<String> GENERATIONAL = Set.of("Jr.", "Jr", "Sr.", "Sr");

  private static final Set<String> JOINERS = Set.of("-", "\u2013", "/", "&", "and");

  /** Lower-case words a person's name may hold: "Mohammed bin Salman", "Ursula von der Leyen". */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "bin", "ibn", "al", "el", "de", "del", "della", "der", "den", "di", "da", "das", "do",
          "dos", "du", "la", "le", "van", "von", "y");

  /**
   * Words that make an organisation's name a country's (or an institution's) own body: "Pakistan
   * Army", "Iranian Foreign Ministry", "Israel Police", the institution words NER tags on their own
   * too. Any other word makes the longer name an actor of its own ("Georgia Tech", "Vatican Radio",
   * "Tehran University").
   */
  private static final Set<String> BODY_WORDS = bodyWords();

  /** Words of a country's official style before its name: "Islamic Republic of Iran". */
  private static final Set<String> STYLE_WORDS =
      Set.of(
          "of",
          "the",
          "Republic",
          "Islamic",
          "Democratic",
          "People",
          "'s",
          "Kingdom",
          "Federal",
          "Federation",
          "State");

  private LongerNames() {}

  /**
   * The NER class of the longer proper name the registry match lies inside and is not the actor of,
   * or null when the match is its own name.
   *
   * @param taken the tokens every registry match of the sentence covers
   */
  static String enclosing(List<CoreLabel> tokens, SurfaceFormIndex.Match match, boolean[] taken) {
    String ner = tokens.get(match.begin()).ner();
    if (ner == null
        || "O".equals(ner)
        || !sameTag(tokens, match.begin(), match.end(), ner)
        || headline(tokens)
        || joined(tokens, match)) {
      return null;
    }
    NerSpans.Span name = NerSpans.name(tokens, match.begin(), match.end());
    int begin = name.begin();
    int end = name.end();
    // What the name adds to the match, without punctuation (the CRF tags a dateline's dashes with
    // the name) or another registry actor (U.S.-Iran).
    List<String> before = words(tokens, begin, match.begin(), taken);
    List<String> after = words(tokens, match.end(), end, taken);
    // An all-capitals word NER ran into the name is no part of it ("testify in Congress ASAP").
    before.removeIf(LongerNames::allCapitals);
    after.removeIf(LongerNames::allCapitals);
    // A longer name adds a capitalised word: NER also tags "America of" (in "remind NBC and
    // America of Kelly's career") as a person.
    if (Stream.concat(before.stream(), after.stream())
        .noneMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
      return null;
    }
    return longerName(ner, match, before, after) ? ner : null;
  }

  private static boolean longerName(
      String ner, SurfaceFormIndex.Match match, List<String> before, List<String> after) {
    List<String> rest = new ArrayList<>(before);
    rest.addAll(after);
    if ("PERSON".equals(ner)) {
      // "America of Kelly" (in "remind NBC and America of Kelly's career") is NER's error, not a
      // name: a person's name holds no lower-case word but a particle.
      boolean name =
          rest.stream()
              .allMatch(
                  w -> !Character.isLowerCase(w.codePointAt(0)) || NAME_PARTICLES.contains(w));
      return name
          && (!is(match, ActorTypes.PERSON) || after.stream().anyMatch(GENERATIONAL::contains));
    }
    if ("ORGANIZATION".equals(ner)) {
      // A seat of government that ends the name is its head: "the Obama White House" is the White
      // House; "the Washington Post" and "Tehran University" are not Washington and Tehran.
      if (match.kind() == FormKind.METONYM) {
        return !after.isEmpty();
      }
      return (is(match, ActorTypes.COUNTRY) || is(match, ActorTypes.INSTITUTION))
          && !BODY_WORDS.containsAll(rest);
    }
    if (PLACE.contains(ner)) {
      // "Washington D.C." is the capital; "Niger State" and "Mexico State" are not the countries.
      return !(STYLE_WORDS.containsAll(before)
          && (after.isEmpty() || after.equals(List.of("D.C."))));
    }
    return false;
  }

  /**
   * A headline in title case ("Federal Reserve Leaves Interest Rates Unchanged"), where NER runs
   * names into the capitalised words around them: most of its words are capitalised.
   */
  private static boolean headline(List<CoreLabel> tokens) {
    long words = 0;
    long capitalised = 0;
    for (CoreLabel token : tokens) {
      String text = token.originalText();
      if (!text.isEmpty() && Character.isLetter(text.codePointAt(0))) {
        words++;
        capitalised += Character.isUpperCase(text.codePointAt(0)) ? 1 : 0;
      }
    }
    return words >= 4 && capitalised * 4 >= words * 3;
  }

  /**
   * A form joined to the name beside it, inside NER's span, by a hyphen, a slash or "and" names two
   * actors, not one longer one: "Trump-Russia", "DOJ & FBI".
   */
  private static boolean joined(List<CoreLabel> tokens, SurfaceFormIndex.Match match) {
    String ner = tokens.get(match.begin()).ner();
    return joiner(tokens, match.begin() - 1, ner) || joiner(tokens, match.end(), ner);
  }

  private static boolean joiner(List<CoreLabel> tokens, int i, String ner) {
    return i >= 0
        && i < tokens.size()
        && ner.equals(tokens.get(i).ner())
        && JOINERS.contains(tokens.get(i).originalText());
  }

  private static boolean is(SurfaceFormIndex.Match match, String type) {
    return match.actorId().startsWith(type + ":");
  }

  private static boolean sameTag(List<CoreLabel> tokens, int begin, int end, String ner) {
    for (int i = begin; i < end; i++) {
      if (!ner.equals(tokens.get(i).ner())) {
        return false;
      }
    }
    return true;
  }

  /** The words of tokens [begin, end) that are neither punctuation nor another registry match. */
  private static List<String> words(List<CoreLabel> tokens, int begin, int end, boolean[] taken) {
    List<String> words = new ArrayList<>();
    for (int i = begin; i < end; i++) {
      String word = SurfaceFormIndex.sameApostrophes(tokens.get(i).originalText());
      if (!taken[i] && NerSpans.hasLetterOrDigit(word)) {
        words.add(word);
      }
    }
    return words;
  }

  static boolean allCapitals(String word) {
    return word.length() > 1
        && word.equals(word.toUpperCase(Locale.ROOT))
        && word.codePoints().anyMatch(Character::isLetter);
  }

  private static Set<String> bodyWords() {
    Set<String> words = new HashSet<>(CandidateFinder.GENERIC_INSTITUTION_WORDS);
    words.addAll(
        Set.of(
            "of",
            "the",
            "and",
            "for",
            "'s",
            "Republican",
            "Democratic",
            "National",
            "Homeland",
            "Prime",
            "Minister",
            "Presidency",
            "Parliament",
            "Congress",
            "Embassy",
            "Consulate",
            "Mission",
            "Army",
            "Navy",
            "Naval",
            "Air",
            "Force",
            "Forces",
            "Armed",
            "Military",
            "Corps",
            "Police",
            "Guard",
            "Guards",
            "Coast",
            "Security",
            "Intelligence",
            "Supreme",
            "Court",
            "Central",
            "Command",
            "Service",
            "Environment",
            "Health",
            "Finance",
            "Economy",
            "Trade",
            "Education",
            "Agriculture",
            "Transport",
            "Labour",
            "Labor",
            "Information",
            "Home",
            "Maritime",
            "Space",
            "Border",
            "Customs",
            "Immigration",
            "Postal",
            "Attorney",
            "General",
            "Prosecutor",
            "Self"));
    return Set.copyOf(words);
  }
}
