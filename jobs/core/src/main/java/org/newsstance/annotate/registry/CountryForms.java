// SPDX-License-Identifier: GPL-3.0-or-later
package org.newsstance.annotate.registry;

import static org.newsstance.annotate.registry.CountryCurations.IRREGULAR_PLURALS;
import static org.newsstance.annotate.registry.CountryCurations.NO_PLURAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules {@link CountryRegistryGenerator} derives forms by: which altSpellings are English, the
 * vocabulary that decides it, demonym plurals and accent-free spellings. Pure functions of their
 * arguments and of {@link CountryCurations}.
 */
final class CountryForms {
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,4}");
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-,]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and");

  private CountryForms() {}

  /**
   * The altSpelling if it is a usable English name, else null. Parenthesised parts are removed
   * first: "Holy See (Vatican City State)" is tested as "Holy See".
   */
  static String englishAltSpelling(String altSpelling, Set<String> vocabulary) {
    String s = SPACES.matcher(PARENTHESIS.matcher(altSpelling).replaceAll(" ")).replaceAll(" ");
    s = s.strip();
    if (s.isEmpty()
        || ACRONYM.matcher(s).matches()
        || s.contains(",")
        || !Character.isUpperCase(s.codePointAt(0))
        || s.chars().anyMatch(c -> c > 0xFF)) {
      return null;
    }
    for (String word : WORD_SEPARATORS.split(s)) {
      if (!word.isEmpty()
          && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
          && !vocabulary.contains(word)) {
        return null;
      }
    }
    return s;
  }

  /** Words of every English common and official name, capital and demonym in the file. */
  static Set<String> englishVocabulary(JsonNode countries) {
    Set<String> words = new TreeSet<>();
    for (JsonNode country : countries) {
      List<String> texts = new ArrayList<>();
      texts.add(text(country.path("name"), "common"));
      texts.add(text(country.path("name"), "official"));
      country.path("capital").forEach(c -> texts.add(c.asText()));
      JsonNode eng = country.path("demonyms").path("eng");
      texts.add(eng.path("m").asText(""));
      texts.add(eng.path("f").asText(""));
      for (String t : texts) {
        for (String word : WORD_SEPARATORS.split(t)) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  /** The "+s" plural of a demonym, or null if it has none (Chinese, French, Swiss...). */
  static String plural(String demonym) {
    if (IRREGULAR_PLURALS.containsKey(demonym)) {
      return IRREGULAR_PLURALS.get(demonym);
    }
    if (NO_PLURAL.contains(demonym)) {
      return null;
    }
    for (String ending : List.of("ese", "ish", "ch", "sh", "s", "x", "z", "ic")) {
      if (demonym.endsWith(ending)) {
        return null;
      }
    }
    return demonym + "s";
  }

  /** The accent-free ASCII spelling of a form with accents (Bogotá: Bogota), else null. */
  static String fold(String form) {
    String folded =
        COMBINING_MARKS.matcher(Normalizer.normalize(form, Normalizer.Form.NFD)).replaceAll("");
    if (folded.equals(form) || folded.chars().anyMatch(c -> c > 0x7F)) {
      return null;
    }
    return folded;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("missing text field '" + field + "' in " + node);
    }
    return value.asText().strip();
  }
}
