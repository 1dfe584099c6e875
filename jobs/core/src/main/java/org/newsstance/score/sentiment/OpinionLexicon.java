package org.newsstance.score.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The project's news-domain opinion lexicon ({@code news-lexicon.tsv}, documented in {@code
 * LEXICON.md}): lemmas that carry a polarity, and negators. Its intensifier and diminisher lines
 * are read but no feature uses them (see LEXICON.md). Immutable, thread-safe.
 */
public final class OpinionLexicon {
  static final String RESOURCE = "news-lexicon.tsv";

  /** What a lemma does to the sentiment around it. */
  public enum Kind {
    POSITIVE,
    NEGATIVE,
    NEGATOR,
    INTENSIFIER,
    DIMINISHER
  }

  private final Map<String, Kind> kinds;

  private OpinionLexicon(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The lexicon shipped in this package. */
  public static OpinionLexicon load() {
    try (InputStream in = OpinionLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OpinionLexicon parse(BufferedReader reader) throws IOException {
    Map<String, Kind> kinds = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      kinds.put(fields[0], Kind.valueOf(fields[1].toUpperCase(Locale.ROOT)));
    }
    return new OpinionLexicon(kinds);
  }

  private Kind kind(String lemma) {
    return lemma == null ? null : kinds.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** +1 for a positive lemma, -1 for a negative one, 0 otherwise. */
  public int polarity(String lemma) {
    Kind kind = kind(lemma);
    if (kind == Kind.POSITIVE) {
      return 1;
    }
    return kind == Kind.NEGATIVE ? -1 : 0;
  }

  public boolean isNegator(String lemma) {
    return kind(lemma) == Kind.NEGATOR;
  }

  public int size() {
    return kinds.size();
  }
}
