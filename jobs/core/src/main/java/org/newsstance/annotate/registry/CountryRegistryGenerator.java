// SPDX-License-Identifier: GPL-3.0-or-later
package org.newsstance.annotate.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.newsstance.annotate.registry.CountryCurations.EXCLUDED;
import static org.newsstance.annotate.registry.CountryCurations.EXTRA_ALIASES;
import static org.newsstance.annotate.registry.CountryCurations.EXTRA_DEMONYMS;
import static org.newsstance.annotate.registry.CountryCurations.EXTRA_METONYMS;
import static org.newsstance.annotate.registry.CountryCurations.NAME_OVERRIDES;
import static org.newsstance.annotate.registry.CountryCurations.REMOVED;
import static org.newsstance.annotate.registry.CountryForms.englishAltSpelling;
import static org.newsstance.annotate.registry.CountryForms.englishVocabulary;
import static org.newsstance.annotate.registry.CountryForms.fold;
import static org.newsstance.annotate.registry.CountryForms.plural;
import static org.newsstance.annotate.registry.CountryForms.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Generates {@code seeds/actors/countries.csv} from {@code countries.json} of mledoze/countries
 * (ODbL 1.0, see {@code seeds/actors/README.md}).
 *
 * <pre>CountryRegistryGenerator &lt;countries.json&gt; &lt;countries.csv&gt;</pre>
 *
 * <p>The output is a pure function of the input file and of the hand-curated tables in {@link
 * CountryCurations}: rows sorted by actor_id, values inside a cell sorted, UTF-8, LF line endings,
 * no locale-dependent operation. Rules (the README explains why):
 *
 * <ul>
 *   <li>actor_id is {@code country:} + the lowercase ISO 3166-1 alpha-3 code, name is {@code
 *       name.common} (or {@link CountryCurations#NAME_OVERRIDES}).
 *   <li>aliases: the name, {@code name.common}, {@code name.official}, and those {@code
 *       altSpellings} that are English: not an acronym (codes such as IN, IT, NO, US), not an
 *       inverted index form ("Iran, Islamic Republic of"), Latin script, starting with a capital
 *       letter, and made only of words that occur in some English name, capital or demonym of the
 *       file (this drops native-language forms such as "Shqipëri" or "República de Chile");
 *       parenthesised parts of altSpellings are dropped ("Holy See (Vatican City State)").
 *   <li>metonyms: the capitals.
 *   <li>demonyms: English demonyms (m and f), split on "," and " or ", plus a regular plural.
 *   <li>every form with Latin-1 accents also gets its accent-free spelling (Bogotá, Bogota).
 *   <li>{@link CountryCurations#REMOVED} drops generated forms that are ambiguous or wrong; then a
 *       form still claimed by several countries stays with the only sovereign one among them
 *       (American: USA, not Northern Mariana Islands) or, if there is none or several (Congolese,
 *       Dominican), is dropped from all.
 *   <li>{@link CountryCurations#EXTRA_ALIASES}, {@link CountryCurations#EXTRA_METONYMS}, {@link
 *       CountryCurations#EXTRA_DEMONYMS}: deliberate hand additions (US, U.S., UK, Britain, White
 *       House, Kremlin...). They must not collide.
 *   <li>inside one row a form is kept only in its strongest column: alias, then metonym, then
 *       demonym.
 * </ul>
 */
public final class CountryRegistryGenerator {

  /** Header of countries.csv and actors.csv: the one the registry reads. */
  public static final List<String> HEADER = ActorCsv.HEADER;

  /** Separator of the values of a multi-valued cell. */
  public static final String MULTI_VALUE_SEPARATOR = "|";

  /** The CSV dialect of both registry files: RFC 4180 quoting, LF line endings. */
  public static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

  private CountryRegistryGenerator() {}

  /** One row of countries.csv; values sorted. */
  public record CountryRow(
      String actorId,
      String name,
      List<String> aliases,
      List<String> metonyms,
      List<String> demonyms) {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println(
          "usage: CountryRegistryGenerator <countries.json> <countries.csv>\n"
              + "  countries.json: mledoze/countries (ODbL), e.g."
              + " seeds/reference/countries/countries.json (in this repository)\n"
              + "  countries.csv:  normally seeds/actors/countries.csv");
      System.exit(2);
    }
    List<CountryRow> rows = generate(readJson(Path.of(args[0])));
    try {
      Files.writeString(Path.of(args[1]), toCsv(rows), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.printf(Locale.ROOT, "wrote %d countries to %s%n", rows.size(), args[1]);
  }

  /** Reads countries.json (UTF-8). */
  public static JsonNode readJson(Path countriesJson) {
    try (Reader reader = Files.newBufferedReader(countriesJson, UTF_8)) {
      return new ObjectMapper().readTree(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the rows, sorted by actor_id, from the parsed countries.json array. */
  public static List<CountryRow> generate(JsonNode countries) {
    if (!countries.isArray()) {
      throw new IllegalArgumentException("countries.json must be a JSON array");
    }
    Set<String> vocabulary = englishVocabulary(countries);

    // 1. Forms derived from the file, per country (TreeMap: iteration order independent of input).
    Map<String, Draft> drafts = new TreeMap<>();
    for (JsonNode country : countries) {
      String cca3 = text(country, "cca3");
      if (EXCLUDED.contains(cca3)) {
        continue;
      }
      Draft draft = new Draft(cca3, country.path("independent").asBoolean(false));
      JsonNode name = country.path("name");
      draft.name = NAME_OVERRIDES.getOrDefault(cca3, text(name, "common"));
      draft.aliases.add(draft.name);
      draft.aliases.add(text(name, "common"));
      draft.aliases.add(text(name, "official"));
      JsonNode eng = country.path("demonyms").path("eng");
      for (String gender : List.of("m", "f")) {
        for (String demonym : eng.path(gender).asText("").split(",| or ")) {
          String singular = demonym.strip();
          if (!singular.isEmpty()) {
            draft.demonyms.add(singular);
            String plural = plural(singular);
            if (plural != null) {
              draft.demonyms.add(plural);
            }
          }
        }
      }
      // An altSpelling that is the country's own demonym (Thai, Togolese) is not a name.
      for (JsonNode alt : country.path("altSpellings")) {
        String spelling = englishAltSpelling(alt.asText(), vocabulary);
        if (spelling != null && !draft.demonyms.contains(spelling)) {
          draft.aliases.add(spelling);
        }
      }
      for (JsonNode capital : country.path("capital")) {
        draft.metonyms.add(capital.asText().strip());
      }
      for (Set<String> forms : draft.columns()) {
        for (String form : List.copyOf(forms)) {
          String folded = fold(form);
          if (folded != null) {
            forms.add(folded);
          }
        }
        forms.removeIf(String::isEmpty);
      }
      for (String removed : REMOVED.getOrDefault(cca3, Set.of())) {
        boolean present = false;
        for (Set<String> forms : draft.columns()) {
          present |= forms.remove(removed);
        }
        if (!present) {
          throw new IllegalStateException(
              "REMOVED lists '" + removed + "' for " + cca3 + " but it is not generated any more");
        }
      }
      if (drafts.put(cca3, draft) != null) {
        throw new IllegalArgumentException("duplicate cca3 " + cca3);
      }
    }

    // 2. A form claimed by several countries stays with the only sovereign claimant, or nobody.
    Map<String, SortedSet<String>> claimants = new TreeMap<>();
    for (Draft draft : drafts.values()) {
      for (Set<String> forms : draft.columns()) {
        for (String form : forms) {
          claimants.computeIfAbsent(form, f -> new TreeSet<>()).add(draft.cca3);
        }
      }
    }
    for (Map.Entry<String, SortedSet<String>> claim : claimants.entrySet()) {
      if (claim.getValue().size() < 2) {
        continue;
      }
      List<String> sovereign =
          claim.getValue().stream().filter(c -> drafts.get(c).independent).toList();
      for (String cca3 : claim.getValue()) {
        if (sovereign.size() != 1 || !sovereign.get(0).equals(cca3)) {
          drafts.get(cca3).columns().forEach(forms -> forms.remove(claim.getKey()));
        }
      }
    }

    // 3. Hand additions, then one column per form inside a row.
    for (Draft draft : drafts.values()) {
      draft.aliases.addAll(EXTRA_ALIASES.getOrDefault(draft.cca3, List.of()));
      draft.metonyms.addAll(EXTRA_METONYMS.getOrDefault(draft.cca3, List.of()));
      draft.demonyms.addAll(EXTRA_DEMONYMS.getOrDefault(draft.cca3, List.of()));
      draft.metonyms.removeAll(draft.aliases);
      draft.demonyms.removeAll(draft.aliases);
      draft.demonyms.removeAll(draft.metonyms);
    }
    for (String key :
        List.of(EXTRA_ALIASES, EXTRA_METONYMS, EXTRA_DEMONYMS, REMOVED, NAME_OVERRIDES).stream()
            .flatMap(m -> m.keySet().stream())
            .toList()) {
      if (!drafts.containsKey(key)) {
        throw new IllegalStateException("hand table names unknown country " + key);
      }
    }

    // 4. Checks: hand additions must not collide, names must be aliases.
    Map<String, String> owner = new TreeMap<>();
    List<CountryRow> rows = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      for (Set<String> forms : draft.columns()) {
        for (String form : forms) {
          String previous = owner.putIfAbsent(form, draft.cca3);
          if (previous != null) {
            throw new IllegalStateException(
                "form '" + form + "' claimed by " + previous + " and " + draft.cca3);
          }
          if (form.contains(MULTI_VALUE_SEPARATOR) || !form.equals(form.strip())) {
            throw new IllegalStateException("bad form '" + form + "' in " + draft.cca3);
          }
        }
      }
      if (!draft.aliases.contains(draft.name)) {
        throw new IllegalStateException("name of " + draft.cca3 + " is not an alias");
      }
      rows.add(
          new CountryRow(
              "country:" + draft.cca3.toLowerCase(Locale.ROOT),
              draft.name,
              List.copyOf(draft.aliases),
              List.copyOf(draft.metonyms),
              List.copyOf(draft.demonyms)));
    }
    rows.sort(Comparator.comparing(CountryRow::actorId));
    return List.copyOf(rows);
  }

  /** The whole countries.csv text: header, then one record per row. */
  public static String toCsv(List<CountryRow> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord(HEADER);
      for (CountryRow row : rows) {
        printer.printRecord(
            row.actorId(),
            row.name(),
            "country",
            "",
            join(row.aliases()),
            join(row.metonyms()),
            join(row.demonyms()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String join(Collection<String> values) {
    return String.join(MULTI_VALUE_SEPARATOR, values);
  }

  /** Mutable per-country state while generating. */
  private static final class Draft {
    final String cca3;
    final boolean independent;
    String name;
    final SortedSet<String> aliases = new TreeSet<>();
    final SortedSet<String> metonyms = new TreeSet<>();
    final SortedSet<String> demonyms = new TreeSet<>();

    Draft(String cca3, boolean independent) {
      this.cca3 = cca3;
      this.independent = independent;
    }

    List<SortedSet<String>> columns() {
      return List.of(aliases, metonyms, demonyms);
    }
  }
}
