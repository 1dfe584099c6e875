package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * The registry's rule 2 (seeds/actors/README.md): a form does not match inside a longer proper name
 * that the registry does not list. NER's span around the match decides: "Jordan" in <i>Jordan
 * Spieth</i>, "Washington" in <i>Washington Post</i>, "USA" in <i>USA Gymnastics</i>, "Mexico" in
 * <i>New Mexico</i> and "Oman" in <i>Gulf of Oman</i> are not the countries. Measured on PerSenT
 * dev before this rule: ~105 country mentions in 68 articles were such parts of longer names.
 *
 * <p>Two kinds of longer name keep the match, because the longer name is the actor's own: a
 * country's or a registry institution's body (<i>Pakistan Army</i>, <i>Israel Defense Forces</i>,
 * <i>U.S. Supreme Court</i> where the registry lacks it) and a country's official style
 * (<i>Republic of ...</i>). A registry organisation or group inside an organisation's name is kept
 * too (<i>NATO Secretary General</i>, <i>Hamas Political Bureau</i>), and a registry person inside
 * a longer person name unless the name goes on with a generational suffix (<i>Donald Trump
 * Jr.</i>).
 */
final class LongerNames {
  private static final Set<String> PERSON = Set.of("PERSON");
  private static final Set<String> ORGANIZATION = Set.of("ORGANIZATION");

  /** Coarse and fine-grained NER classes of places. */
  private static final Set<String> PLACE =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /**
   * Words that make an organisation's name a country's (or an institution's) own body: "Pakistan
   * Army", "Iranian Foreign Ministry", "Israel Police". Deliberately short: any other word makes
   * the longer name an actor of its own ("Georgia Tech", "Vatican Radio", "Tehran University").
   */
  private static final Set<String> BODY_WORDS =
      Set.of(
          "of",
          "the",
          "and",
          "for",
          "'s",
          "State",
          "Defense",
          "Defence",
          "Foreign",
          "Affairs",
          "Interior",
          "Treasury",
          "Justice",
          "Department",
          "Ministry",
          "Government",
          "Administration",
          "Cabinet",
          "Presidency",
          "Parliament",
          "Senate",
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
          "Agency",
          "Office",
          "Council",
          "Committee",
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
          "Self",
          "-");

  /** Words of a country's official style around its name: "Islamic Republic of Iran". */
  private static final Set<String> STYLE_WORDS =
      Set.of(
          "of",
          "the",
          "Republic",
          "Islamic",
          "Democratic",
          "People",
          "People's",
          "Kingdom",
          "Federal",
          "Federation",
          "State",
          "D.C.");

  private LongerNames() {}

  /** Whether the registry match lies inside a longer proper name that is not its actor. */
  static boolean inside(List<CoreLabel> tokens, SurfaceFormIndex.Match match) {
    String ner = tokens.get(match.begin()).ner();
    if (ner == null || !sameTag(tokens, match.begin(), match.end(), ner)) {
      return false;
    }
    int begin = match.begin();
    while (begin > 0
        && ner.equals(tokens.get(begin - 1).ner())
        && !CandidateFinder.wideGap(tokens.get(begin - 1), tokens.get(begin))) {
      begin--;
    }
    int end = match.end();
    while (end < tokens.size()
        && ner.equals(tokens.get(end).ner())
        && !CandidateFinder.wideGap(tokens.get(end - 1), tokens.get(end))) {
      end++;
    }
    if (begin == match.begin() && end == match.end()) {
      return false;
    }
    List<CoreLabel> rest = outside(tokens, begin, end, match);
    String type = match.actorId().substring(0, match.actorId().indexOf(':'));
    if (PERSON.contains(ner)) {
      return !type.equals("person") || rest.stream().anyMatch(t -> PersonNames.isSuffix(word(t)));
    }
    if (ORGANIZATION.contains(ner)) {
      return (type.equals("country") || type.equals("institution"))
          && !rest.stream().allMatch(t -> BODY_WORDS.contains(word(t)));
    }
    if (PLACE.contains(ner)) {
      return !rest.stream().allMatch(t -> STYLE_WORDS.contains(word(t)));
    }
    return false;
  }

  private static boolean sameTag(List<CoreLabel> tokens, int begin, int end, String ner) {
    for (int i = begin; i < end; i++) {
      if (!ner.equals(tokens.get(i).ner())) {
        return false;
      }
    }
    return true;
  }

  private static List<CoreLabel> outside(
      List<CoreLabel> tokens, int begin, int end, SurfaceFormIndex.Match match) {
    List<CoreLabel> rest = new java.util.ArrayList<>(tokens.subList(begin, match.begin()));
    rest.addAll(tokens.subList(match.end(), end));
    return rest;
  }

  private static String word(CoreLabel token) {
    return SurfaceFormIndex.sameApostrophes(token.originalText());
  }
}
