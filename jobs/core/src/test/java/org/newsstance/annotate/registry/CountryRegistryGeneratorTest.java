// SPDX-License-Identifier: GPL-3.0-or-later
package org.newsstance.annotate.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The actor registry in seeds/actors: countries.csv is exactly what the generator makes of
 * countries.json, and both files keep the contract described in seeds/actors/README.md.
 */
class CountryRegistryGeneratorTest {

  private static final Path ROOT = projectRoot();
  private static final Path COUNTRIES_CSV = ROOT.resolve("seeds/actors/countries.csv");
  private static final Path ACTORS_CSV = ROOT.resolve("seeds/actors/actors.csv");

  private static final Pattern ACTOR_ID =
      Pattern.compile(
          "(country|person|organisation|armed_group|institution):[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COUNTRY_ID = Pattern.compile("country:[a-z]{3}");
  private static final Pattern SHORT_CODE = Pattern.compile("[A-Z]{2,3}");

  /** Parsed on first use, so that a malformed file fails the tests that read it, not all. */
  private static final class Registry {
    static final Map<String, Row> COUNTRIES = read(COUNTRIES_CSV);
    static final Map<String, Row> ACTORS = read(ACTORS_CSV);
  }

  /** One parsed registry row; multi-valued cells split on "|". */
  record Row(
      String actorId,
      String name,
      String type,
      String affiliation,
      List<String> aliases,
      List<String> metonyms,
      List<String> demonyms) {

    List<String> forms() {
      return Stream.of(aliases, metonyms, demonyms).flatMap(List::stream).toList();
    }
  }

  // ---------------------------------------------------------------- countries.csv: generation

  @Test
  void regeneratingGivesExactlyTheCommittedFile() throws IOException {
    Path json = countriesJson();
    assumeTrue(
        Files.isRegularFile(json),
        "countries.json not found at " + json + "; set -Dnewsstance.countries.json=PATH");

    String regenerated =
        CountryRegistryGenerator.toCsv(
            CountryRegistryGenerator.generate(CountryRegistryGenerator.readJson(json)));

    assertThat(regenerated)
        .as("seeds/actors/countries.csv is stale or hand-edited: regenerate it (README)")
        .isEqualTo(Files.readString(COUNTRIES_CSV, UTF_8));
  }

  @Test
  void generatorOutputIsTheSameOnEveryRun() {
    Path json = countriesJson();
    assumeTrue(Files.isRegularFile(json), "countries.json not found at " + json);
    var parsed = CountryRegistryGenerator.readJson(json);

    assertThat(CountryRegistryGenerator.toCsv(CountryRegistryGenerator.generate(parsed)))
        .isEqualTo(CountryRegistryGenerator.toCsv(CountryRegistryGenerator.generate(parsed)));
  }

  // ---------------------------------------------------------------- countries.csv: spot checks

  @Test
  void iran() {
    Row iran = Registry.COUNTRIES.get("country:irn");
    assertThat(iran.name()).isEqualTo("Iran");
    assertThat(iran.type()).isEqualTo("country");
    assertThat(iran.affiliation()).isEmpty();
    assertThat(iran.aliases()).contains("Iran", "Islamic Republic of Iran");
    assertThat(iran.metonyms()).contains("Tehran");
    assertThat(iran.demonyms()).contains("Iranian", "Iranians");
    assertThat(iran.forms()).doesNotContain("IR", "IRN", "Iran, Islamic Republic of");
  }

  @Test
  void unitedStatesWithItsHandAdditions() {
    Row usa = Registry.COUNTRIES.get("country:usa");
    assertThat(usa.name()).isEqualTo("United States");
    assertThat(usa.aliases())
        .contains("United States", "United States of America", "US", "U.S.", "USA");
    assertThat(usa.metonyms())
        .contains("Washington", "Washington D.C.", "White House", "Trump administration");
    assertThat(usa.demonyms()).contains("American", "Americans");
    assertThat(usa.forms()).doesNotContain("us", "America's", "Americas");
  }

  @Test
  void omanIsSpokenForByMuscat() {
    Row oman = Registry.COUNTRIES.get("country:omn");
    assertThat(oman.aliases()).contains("Oman", "Sultanate of Oman");
    assertThat(oman.metonyms()).containsExactly("Muscat");
    assertThat(oman.demonyms()).contains("Omani", "Omanis");
  }

  @Test
  void otherCountriesOfTheSeedArticle() {
    assertThat(Registry.COUNTRIES.get("country:isr").demonyms()).contains("Israeli", "Israelis");
    assertThat(Registry.COUNTRIES.get("country:isr").metonyms()).contains("Jerusalem");
    assertThat(Registry.COUNTRIES.get("country:pak").aliases()).contains("Pakistan");
    assertThat(Registry.COUNTRIES.get("country:sau").aliases()).contains("Saudi Arabia");
    assertThat(Registry.COUNTRIES.get("country:sau").demonyms()).contains("Saudi", "Saudis");
    assertThat(Registry.COUNTRIES.get("country:jor").aliases()).contains("Jordan");
    assertThat(Registry.COUNTRIES.get("country:rus").metonyms()).contains("Moscow", "Kremlin");
    assertThat(Registry.COUNTRIES.get("country:gbr").aliases()).contains("UK", "Britain");
    assertThat(Registry.COUNTRIES.get("country:tur").aliases())
        .contains("Turkey", "Türkiye", "Turkiye");
  }

  @Test
  void noAliasIsAnIsoCodeUnlessAddedByHand() {
    for (Row country : Registry.COUNTRIES.values()) {
      String cca3 = country.actorId().substring("country:".length()).toUpperCase(Locale.ROOT);
      List<String> handAdded = CountryCurations.EXTRA_ALIASES.getOrDefault(cca3, List.of());
      for (String form : country.forms()) {
        if (SHORT_CODE.matcher(form).matches()) {
          assertThat(handAdded)
              .as("%s: %s looks like an ISO code and was not added by hand", cca3, form)
              .contains(form);
        }
      }
    }
    // The classic false friends: two-letter codes that are English words or other things.
    Set<String> allForms = allForms().keySet();
    assertThat(allForms).doesNotContain("IN", "IT", "NO", "BE", "TO", "AS", "AT", "IS", "ME", "AM");
  }

  @Test
  void ambiguousSourceFormsAreDroppedAndSharedOnesResolved() {
    assertThat(Registry.COUNTRIES.get("country:cog").aliases()).doesNotContain("Congo");
    assertThat(Registry.COUNTRIES.get("country:isl").aliases()).doesNotContain("Island");
    assertThat(Registry.COUNTRIES.get("country:syc").metonyms()).doesNotContain("Victoria");
    assertThat(Registry.COUNTRIES.get("country:bel").metonyms()).doesNotContain("Brussels");
    assertThat(Registry.COUNTRIES.get("country:tha").aliases()).doesNotContain("Thai");
    assertThat(Registry.COUNTRIES.get("country:tha").demonyms()).contains("Thai", "Thais");
    // Shared by a sovereign state and a territory: the state keeps it.
    assertThat(Registry.COUNTRIES.get("country:mnp").demonyms()).doesNotContain("American");
    assertThat(Registry.COUNTRIES.get("country:fra").demonyms()).contains("French");
    assertThat(Registry.COUNTRIES.get("country:jam").metonyms()).contains("Kingston");
    assertThat(Registry.COUNTRIES.get("country:nfk").metonyms()).doesNotContain("Kingston");
    // Shared by two sovereign states: nobody keeps it.
    assertThat(allForms()).doesNotContainKeys("Congolese", "Dominican");
    // Entries of countries.json that are not actors.
    assertThat(Registry.COUNTRIES)
        .doesNotContainKeys("country:ata", "country:bvt", "country:hmd", "country:umi");
  }

  @Test
  void demonymPlurals() {
    assertThat(CountryForms.plural("Iranian")).isEqualTo("Iranians");
    assertThat(CountryForms.plural("Czech")).isEqualTo("Czechs");
    assertThat(CountryForms.plural("Chinese")).isNull();
    assertThat(CountryForms.plural("British")).isNull();
    assertThat(CountryForms.plural("French")).isNull();
    assertThat(CountryForms.plural("Swiss")).isNull();
    assertThat(CountryForms.plural("Malagasy")).isNull();
  }

  // ---------------------------------------------------------------- both files: the contract

  @Test
  void bothFilesHaveTheHeaderAndAreUtf8WithLfAndNoBom() throws IOException {
    for (Path file : List.of(COUNTRIES_CSV, ACTORS_CSV)) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, UTF_8);
      assertThat(text).as("%s: UTF-8 BOM", file).doesNotStartWith("\uFEFF");
      assertThat(text.getBytes(UTF_8)).as("%s: not valid UTF-8", file).isEqualTo(bytes);
      assertThat(text).as("%s: CR in file", file).doesNotContain("\r");
      assertThat(text).as("%s: last line", file).endsWith("\n");
      assertThat(text.lines().findFirst())
          .contains(String.join(",", CountryRegistryGenerator.HEADER));
    }
  }

  @Test
  void everyRowFollowsTheFormat() {
    for (Row row : allRows()) {
      String id = row.actorId();
      assertThat(id).as("actor_id").matches(ACTOR_ID);
      assertThat(id).as("%s: type column", id).startsWith(row.type() + ":");
      assertThat(row.name()).as("%s: name", id).isNotBlank().isEqualTo(row.name().strip());
      if (!row.forms().isEmpty()) { // a retired actor keeps its row with no forms
        assertThat(row.aliases()).as("%s: the name is also an alias", id).contains(row.name());
      }
      assertThat(row.forms()).as("%s: repeated form", id).doesNotHaveDuplicates();
      for (String form : row.forms()) {
        assertThat(form).as("%s: empty or padded form", id).isNotBlank().isEqualTo(form.strip());
        assertThat(form).as("%s: form with separator", id).doesNotContain("|");
        // No lower-case-only form: it would match common words ("us", "chad", "may").
        boolean capitalOrDigit =
            form.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        assertThat(capitalOrDigit).as("%s: form '%s' has no capital letter", id, form).isTrue();
      }
    }
    for (Row country : Registry.COUNTRIES.values()) {
      assertThat(country.actorId()).matches(COUNTRY_ID);
      assertThat(country.type()).isEqualTo("country");
      assertThat(country.affiliation()).as("%s: affiliation", country.actorId()).isEmpty();
    }
  }

  @Test
  void actorsCsvHoldsNoCountriesAndNoIdOfCountriesCsv() {
    assertThat(Registry.ACTORS.values()).noneMatch(row -> row.type().equals("country"));
    assertThat(Registry.ACTORS.keySet()).doesNotContainAnyElementsOf(Registry.COUNTRIES.keySet());
  }

  @Test
  void actorsCsvIsSortedByActorId() {
    List<String> ids = new ArrayList<>(Registry.ACTORS.keySet()); // insertion order = file order
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertThat(ids).as("keep actors.csv sorted by actor_id").isEqualTo(sorted);
  }

  @Test
  void everyAffiliationIsAnExistingCountry() {
    Set<String> ids = new TreeSet<>();
    ids.addAll(Registry.COUNTRIES.keySet());
    ids.addAll(Registry.ACTORS.keySet());
    for (Row row : Registry.ACTORS.values()) {
      if (!row.affiliation().isEmpty()) {
        assertThat(ids)
            .as("%s: affiliation %s", row.actorId(), row.affiliation())
            .contains(row.affiliation());
        assertThat(row.affiliation())
            .as("%s: affiliation is a country", row.actorId())
            .startsWith("country:");
      }
    }
  }

  @Test
  void noSurfaceFormBelongsToTwoActors() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (Row row : allRows()) {
      for (String form : row.forms()) {
        owners.computeIfAbsent(form, f -> new TreeSet<>()).add(row.actorId());
      }
    }
    Map<String, Set<String>> shared =
        owners.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(shared).as("forms claimed by more than one actor").isEmpty();
  }

  @Test
  void accentedFormsOfActorsAlsoHaveTheirAccentFreeSpelling() {
    for (Row row : Registry.ACTORS.values()) {
      for (String form : row.forms()) {
        String folded = Normalizer.normalize(form, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!folded.equals(form)) {
          assertThat(row.forms())
              .as("%s: accent-free '%s'", row.actorId(), folded)
              .contains(folded);
        }
      }
    }
  }

  // ---------------------------------------------------------------- actors.csv: content

  @Test
  void actorsOfTheSeedArticle() {
    Map<String, String> mentions = new LinkedHashMap<>();
    mentions.put("Trump administration", "country:usa");
    mentions.put("Tehran", "country:irn");
    mentions.put("Oman", "country:omn");
    mentions.put("Washington", "country:usa");
    mentions.put("Iran", "country:irn");
    mentions.put("US", "country:usa");
    mentions.put("Muscat", "country:omn");
    mentions.put("Steve Witkoff", "person:steve-witkoff");
    mentions.put("Iranian", "country:irn");
    mentions.put("Abbas Araghchi", "person:abbas-araghchi");
    mentions.put("President Trump", "person:donald-trump");
    mentions.put("Masoud Pezeshkian", "person:masoud-pezeshkian");
    mentions.put("White House", "country:usa");
    mentions.put("Marco Rubio", "person:marco-rubio");
    mentions.put("Pakistan", "country:pak");
    mentions.put("Saudi Arabia", "country:sau");
    mentions.put("Jordan", "country:jor");
    mentions.put("Jared Kushner", "person:jared-kushner");
    mentions.put("Israeli", "country:isr");
    mentions.put("Hezbollah", "armed_group:hezbollah");
    mentions.put("Houthis", "armed_group:houthis");
    mentions.put("Israel", "country:isr");
    Map<String, Set<String>> forms = allForms();
    mentions.forEach(
        (mention, actor) -> assertThat(forms.get(mention)).as(mention).containsExactly(actor));

    assertThat(Registry.ACTORS.get("person:ali-khamenei").aliases())
        .contains("Ali Khamenei", "Ayatollah Khamenei");
    assertThat(Registry.ACTORS.get("person:donald-trump").aliases()).contains("Donald Trump");
    assertThat(Registry.ACTORS.get("armed_group:hezbollah").affiliation()).isEqualTo("country:lbn");
    assertThat(Registry.ACTORS.get("armed_group:houthis").aliases())
        .contains("Houthis", "Ansar Allah");
    assertThat(Registry.ACTORS.get("armed_group:houthis").affiliation()).isEqualTo("country:yem");
    Map.of(
            "person:steve-witkoff", "country:usa",
            "person:abbas-araghchi", "country:irn",
            "person:marco-rubio", "country:usa",
            "person:masoud-pezeshkian", "country:irn",
            "person:ali-khamenei", "country:irn",
            "person:jared-kushner", "country:usa")
        .forEach(
            (id, country) ->
                assertThat(Registry.ACTORS.get(id).affiliation()).as(id).isEqualTo(country));
  }

  @Test
  void peopleAreNotKnownByTheirSurnameAlone() {
    // Single surnames are left to the job's within-document name merging.
    Set<String> forms = allForms().keySet();
    assertThat(forms)
        .doesNotContain("Trump", "Araghchi", "Khamenei", "Rubio", "Netanyahu", "Xi", "May");
  }

  // ---------------------------------------------------------------- helpers

  private static List<Row> allRows() {
    return Stream.concat(Registry.COUNTRIES.values().stream(), Registry.ACTORS.values().stream())
        .toList();
  }

  /** Surface form to the actor_ids that list it, over both files. */
  private static Map<String, Set<String>> allForms() {
    Map<String, Set<String>> forms = new TreeMap<>();
    for (Row row : allRows()) {
      for (String form : row.forms()) {
        forms.computeIfAbsent(form, f -> new TreeSet<>()).add(row.actorId());
      }
    }
    return forms;
  }

  /** Rows of a registry file by actor_id, in file order; fails on a duplicate id. */
  private static Map<String, Row> read(Path file) {
    CSVFormat format =
        CountryRegistryGenerator.CSV
            .builder()
            .setHeader(CountryRegistryGenerator.HEADER.toArray(String[]::new))
            .setSkipHeaderRecord(true)
            .get();
    Map<String, Row> rows = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(file, UTF_8, format)) {
      for (CSVRecord record : parser) {
        if (record.size() != CountryRegistryGenerator.HEADER.size()) {
          throw new IllegalStateException(
              file + ": record " + record.getRecordNumber() + " has " + record.size() + " fields");
        }
        Row row =
            new Row(
                record.get("actor_id"),
                record.get("name"),
                record.get("type"),
                record.get("affiliation"),
                split(record.get("aliases")),
                split(record.get("metonyms")),
                split(record.get("demonyms")));
        if (rows.put(row.actorId(), row) != null) {
          throw new IllegalStateException(file + ": duplicate actor_id " + row.actorId());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(Pattern.quote("|"), -1));
  }

  private static Path countriesJson() {
    String configured = System.getProperty("newsstance.countries.json");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("NEWSSTANCE_COUNTRIES_JSON");
    }
    if (configured == null || configured.isBlank()) {
      return projectRoot().resolve("seeds/reference/countries/countries.json");
    }
    return Path.of(configured);
  }

  /** The checkout root: the one surefire passes, else the nearest parent holding seeds/actors. */
  private static Path projectRoot() {
    String configured = System.getProperty("newsstance.project.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "seeds", "actors"))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("seeds/actors"))) {
        return dir;
      }
    }
    throw new IllegalStateException("seeds/actors not found above " + Path.of("").toAbsolutePath());
  }
}
