package org.newsstance.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsstance.testing.ProjectFiles;

/**
 * A small corpus of several documents, all real text, for comparing runs: the seed article with its
 * sidecar, the same article cut into {@value #PARTS} documents of consecutive blocks (each dated a
 * different day, so tables get several {@code published_date} partitions), and one empty file
 * (quarantined). Several documents make several analysis tasks, so a cluster spreads them.
 */
final class SeedCorpusParts {
  static final int PARTS = 6;
  static final int DOCUMENTS = PARTS + 1;
  static final int QUARANTINED = 1;

  private SeedCorpusParts() {}

  static Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      Path seed = ProjectFiles.seedArticle();
      Files.copy(seed, dir.resolve(seed.getFileName()));
      String sidecar = seed.getFileName().toString().replace(".txt", ".meta.json");
      Files.copy(seed.resolveSibling(sidecar), dir.resolve(sidecar));
      List<String> blocks = Arrays.asList(ProjectFiles.read(seed).split("\n\\s*\n"));
      int perPart = (blocks.size() + PARTS - 1) / PARTS;
      for (int i = 0; i < PARTS; i++) {
        List<String> part = blocks.subList(i * perPart, Math.min(blocks.size(), (i + 1) * perPart));
        String name = String.format(Locale.ROOT, "part-%d", i + 1);
        write(dir.resolve(name + ".txt"), String.join("\n\n", part) + "\n");
        write(
            dir.resolve(name + ".meta.json"),
            String.format(
                Locale.ROOT,
                "{\"id\": \"muscat-%s\", \"title\": \"Muscat talks, %s\", \"published_at\": \"2026-02-%02d\"}%n",
                name,
                name,
                i + 1));
      }
      write(dir.resolve("empty.txt"), "");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
