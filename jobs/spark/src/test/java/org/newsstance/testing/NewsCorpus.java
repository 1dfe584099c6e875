package org.newsstance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small corpus folder of short English news items written by hand, each a {@code NAME.txt} with a
 * {@code NAME.meta.json} sidecar giving its id and date, for tests that grow and edit a corpus
 * between runs.
 */
public final class NewsCorpus {
  public static final String[][] ITEMS = {
    {
      "muscat-opening",
      "2026-02-06",
      "Negotiators from the United States and Iran met in Muscat on Friday for the first round of"
          + " talks since the summer.\n\nOman's foreign minister carried messages between the two"
          + " rooms. Both delegations called the first day serious."
    },
    {
      "oil-markets",
      "2026-02-06",
      "Oil prices fell on Friday as traders bet that the talks in Oman would ease tension in the"
          + " Gulf.\n\nBrent crude lost two percent by the close of trading in London."
    },
    {
      "second-day",
      "2026-02-07",
      "The second day of talks ended without a joint statement.\n\nIranian officials said the"
          + " American proposal did not address sanctions. A senior US official said the gap was"
          + " narrowing."
    },
    {
      "israel-reaction",
      "2026-02-07",
      "Israel's prime minister warned that any deal must end enrichment.\n\nHe spoke after a"
          + " meeting of the security cabinet in Jerusalem on Saturday evening."
    },
    {
      "analysis-undated",
      null,
      "Diplomats say the format of indirect talks lets both sides save face.\n\nA direct meeting"
          + " would be a political risk for each government at home."
    }
  };

  private final Path dir;

  public NewsCorpus(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Writes every item of {@link #ITEMS}. */
  public NewsCorpus writeAll() {
    for (String[] item : ITEMS) {
      write(item[0], item[1], item[2]);
    }
    return this;
  }

  public NewsCorpus write(String id, String publishedAt, String text) {
    String meta =
        "{\"id\":\""
            + id
            + "\""
            + (publishedAt == null ? "" : ",\"published_at\":\"" + publishedAt + "\"")
            + "}";
    try {
      Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(id + ".meta.json"), meta, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public NewsCorpus remove(String id) {
    try {
      Files.delete(dir.resolve(id + ".txt"));
      Files.delete(dir.resolve(id + ".meta.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** An input the job must quarantine (an empty file), so the quarantine table has a row. */
  public NewsCorpus writeEmptyFile(String name) {
    try {
      Files.write(dir.resolve(name), new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
