// SPDX-License-Identifier: GPL-3.0-or-later
package org.newsstance.annotate.registry;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-curated tables {@link CountryRegistryGenerator} applies to countries.json: data, kept
 * apart from the generating rules so that the rules read in one screen and a curation is a one-line
 * diff here. Keys are ISO alpha-3 codes as in countries.json. Edit, regenerate, review the diff of
 * countries.csv, run CountryRegistryGeneratorTest.
 */
final class CountryCurations {
  private CountryCurations() {}

  /** Entries that are not actors: uninhabited, no government or people of their own. */
  static final Set<String> EXCLUDED = Set.of("ATA", "BVT", "HMD", "UMI");

  /** Canonical names replacing name.common where name.common is ambiguous. */
  static final Map<String, String> NAME_OVERRIDES =
      Map.of("COG", "Republic of the Congo"); // "Congo" alone also means DR Congo

  /** Generated forms (from any column, before hand additions) that must not be used. */
  static final Map<String, Set<String>> REMOVED =
      Map.ofEntries(
          entry("AIA", Set.of("The Valley")), // capital; common phrase
          entry("ARE", Set.of("Emirates")), // the airline; the emirates of the UAE
          entry("BEL", Set.of("Brussels")), // in news it stands for the EU: organisation:eu
          entry("BES", Set.of("The Bottom")), // capital; common phrase
          entry("BMU", Set.of("Hamilton")), // capital; surname
          entry("CCK", Set.of("West Island")), // capital; generic
          entry("COG", Set.of("Congo")), // also DR Congo
          entry("CRI", Set.of("San Jose")), // accent-free San José is San Jose, California
          entry("CYM", Set.of("George Town")), // capital; also Penang's capital
          entry("FLK", Set.of("Stanley")), // capital; personal name
          entry("GUF", Set.of("Guiana")), // official name; also the Guiana region
          entry("GUY", Set.of("Georgetown")), // capital; the university, the DC neighbourhood
          entry("IMN", Set.of("Douglas")), // capital; personal name
          entry("ISL", Set.of("Island")), // Icelandic name; English word
          entry("LAO", Set.of("Lao")), // the language and people
          entry("MDV", Set.of("Male")), // accent-free Malé is an English word
          entry("MKD", Set.of("Macedonia")), // former name; Greek region
          entry("MSR", Set.of("Plymouth")), // capital; English city
          entry("REU", Set.of("Reunion")), // accent-free Réunion is an English word
          entry("SAU", Set.of("Saudi")), // adjective: moved to demonyms
          entry("SHN", Set.of("Jamestown")), // capital; US historic town
          entry("SJM", Set.of("Svalbard og Jan Mayen")), // official name, but in Norwegian
          entry("SYC", Set.of("Victoria")), // capital; personal name, Australian state
          entry("TLS", Set.of("Timor")), // the island, shared with Indonesia
          entry("VGB", Set.of("Virgin Islands")), // official name; also US Virgin Islands
          // Sana'a has been held by the Houthis since 2014: acts of "Sana'a" are theirs, not
          // those of the recognised government of Yemen.
          entry("YEM", Set.of("Sana'a")));

  /** Forms that always denote the country, added by hand (abbreviations, usual English names). */
  static final Map<String, List<String>> EXTRA_ALIASES =
      Map.ofEntries(
          entry("ARE", List.of("UAE")),
          entry("BIH", List.of("Bosnia")),
          entry("BRN", List.of("Brunei Darussalam")),
          entry("CHN", List.of("PRC")),
          entry("COD", List.of("DRC")),
          entry("CPV", List.of("Cabo Verde")),
          entry("GBR", List.of("Britain", "U.K.", "UK")),
          entry("KOR", List.of("ROK")),
          entry("MMR", List.of("Burma")),
          entry("PRK", List.of("DPRK")),
          entry("SAU", List.of("KSA")),
          entry("SWZ", List.of("Swaziland")),
          entry("TUR", List.of("Republic of Turkey", "Turkey")),
          entry("USA", List.of("U.S.", "U.S.A.", "US", "USA")),
          entry("VAT", List.of("Holy See", "Vatican")), // "Vatican" is also its demonym
          entry("VNM", List.of("Viet Nam")));

  /** Forms that denote the country when they act or speak: seats of government, administrations. */
  static final Map<String, List<String>> EXTRA_METONYMS =
      Map.ofEntries(
          entry("CHN", List.of("Zhongnanhai")),
          entry("FRA", List.of("Elysee", "Elysee Palace", "Élysée", "Élysée Palace")),
          entry("GBR", List.of("Downing Street")),
          // "the Islamic Republic" in news is Iran; Pakistan and Mauritania are always named.
          entry("IRN", List.of("Islamic Republic")),
          // Widely used for the Israeli government by outlets that do not say Jerusalem.
          entry("ISR", List.of("Tel Aviv")),
          entry("RUS", List.of("Kremlin")),
          entry("UKR", List.of("Kiev")),
          // "America" is also the continent(s): only counted when it acts, as a metonym.
          entry(
              "USA",
              List.of(
                  "America",
                  "Biden administration",
                  "Obama administration",
                  "Trump administration",
                  "Washington",
                  "White House")));

  /** Demonyms added by hand: people-nouns that differ from the adjective, usual short forms. */
  static final Map<String, List<String>> EXTRA_DEMONYMS =
      Map.ofEntries(
          entry("ARG", List.of("Argentinian", "Argentinians")),
          entry("DNK", List.of("Dane", "Danes")),
          entry("ESP", List.of("Spaniard", "Spaniards")),
          entry("GBR", List.of("Briton", "Britons", "Brits")),
          entry("KGZ", List.of("Kyrgyz")),
          entry("SAU", List.of("Saudi", "Saudis")),
          entry("SWE", List.of("Swede", "Swedes")),
          entry("TJK", List.of("Tajik", "Tajiks")),
          entry("TUR", List.of("Turk", "Turks")));

  /** Demonyms whose plural is not "+s". Endings -ese, -ish, -ch, -sh, -s, -x, -z, -ic have none. */
  static final Map<String, String> IRREGULAR_PLURALS = Map.of("Czech", "Czechs");

  /** Demonyms without an "+s" plural that the ending rule does not catch. */
  static final Set<String> NO_PLURAL =
      Set.of(
          "Burkinabe",
          "Djibouti",
          "Gibraltar",
          "I-Kiribati",
          "Malagasy",
          "Mosotho",
          "Motswana",
          "Ni-Vanuatu",
          "Vatican");
}
