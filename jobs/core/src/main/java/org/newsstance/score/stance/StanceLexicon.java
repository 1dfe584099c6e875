package org.newsstance.score.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stance cues: lemmas of stance verbs and nouns, acts, reporting verbs, reversing and
 * transparent nouns, negation (the resource {@code stance-lexicon.tsv}, documented in LEXICON.md).
 */
public final class StanceLexicon implements Serializable {
  static final String RESOURCE = "/org/newsstance/score/stance/stance-lexicon.tsv";

  /**
   * One lexicon entry.
   *
   * @param lemma the cue's lemma
   * @param preposition the preposition or particle the cue needs ("call for"), or null
   * @param polarity +1 support, -1 oppose, 0 for kinds without a polarity
   */
  record Cue(String lemma, String preposition, CueKind kind, int polarity)
      implements Serializable {}

  private final Map<CueKind, Map<String, List<Cue>>> byKind = new EnumMap<>(CueKind.class);

  private StanceLexicon(List<Cue> cues) {
    for (Cue cue : cues) {
      byKind
          .computeIfAbsent(cue.kind(), k -> new HashMap<>())
          .computeIfAbsent(cue.lemma(), k -> new ArrayList<>())
          .add(cue);
    }
    // One instance is shared by every analyzer of the JVM: nothing handed out may be changed.
    byKind.values().forEach(byLemma -> byLemma.replaceAll((lemma, list) -> List.copyOf(list)));
  }

  /**
   * The built-in lexicon, read once per JVM: an analyzer is built per Spark partition, and the
   * lexicon never changes while the JVM runs.
   */
  public static StanceLexicon load() {
    return Shared.INSTANCE;
  }

  /** Initialised on first use, thread-safely, by the class loader. */
  private static final class Shared {
    static final StanceLexicon INSTANCE = read();
  }

  private static StanceLexicon read() {
    try (InputStream in = StanceLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the stance lexicon " + RESOURCE + " is not in the jar");
      }
      return new StanceLexicon(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  private static List<Cue> read(InputStream in) throws IOException {
    List<Cue> cues = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      String[] words = cells[0].strip().split(" ");
      cues.add(
          new Cue(
              words[0],
              words.length > 1 ? words[1] : null,
              CueKind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)),
              switch (cells[2].strip()) {
                case "support" -> 1;
                case "oppose" -> -1;
                default -> 0;
              }));
    }
    return cues;
  }

  /** The entries of a kind for a lemma, none when the lemma is not such a cue. */
  List<Cue> cues(CueKind kind, String lemma) {
    return byKind.getOrDefault(kind, Map.of()).getOrDefault(lemma, List.of());
  }

  /** The prepositions that introduce a rejected alternative, as relation suffixes. */
  List<String> alternatives() {
    return List.copyOf(byKind.getOrDefault(CueKind.ALTERNATIVE, Map.of()).keySet());
  }

  boolean is(CueKind kind, String lemma) {
    return !cues(kind, lemma).isEmpty();
  }

  /**
   * Whether a word reverses the stance toward what it governs; a phrasal entry ("give up") only
   * with its particle, so that "give" alone reverses nothing.
   *
   * @param particle the word's particle ({@code compound:prt}), or null
   */
  boolean reverses(String lemma, String particle) {
    return cues(CueKind.REVERSE, lemma).stream()
        .anyMatch(c -> c.preposition() == null || c.preposition().equalsIgnoreCase(particle));
  }

  Optional<Cue> first(CueKind kind, String lemma) {
    return cues(kind, lemma).stream().findFirst();
  }
}
