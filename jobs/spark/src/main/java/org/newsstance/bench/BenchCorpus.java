package org.newsstance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsstance.eval.PersentArticle;
import org.newsstance.eval.PersentCsv;
import org.newsstance.job.UserError;

/** The documents every part of the benchmark reads: PerSenT articles, one paragraph per line. */
public final class BenchCorpus {
  private BenchCorpus() {}

  /** The articles of a PerSenT CSV file, the first {@code limit} only when it is above 0. */
  public static List<PersentArticle> read(Path input, int limit) {
    if (!Files.isRegularFile(input)) {
      throw UserError.datasetMissing(input.toString());
    }
    try {
      List<PersentArticle> articles = PersentCsv.read(input);
      return limit > 0 && limit < articles.size() ? articles.subList(0, limit) : articles;
    } catch (IOException e) {
      throw UserError.inputUnreadable(input.toString(), e);
    }
  }

  /** Writes the articles as JSON Lines with {@code id} and {@code text}, the job's input. */
  public static void writeJsonLines(List<PersentArticle> articles, Path file) {
    ObjectMapper json = new ObjectMapper();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (PersentArticle article : articles) {
          ObjectNode row =
              json.createObjectNode().put("id", article.id()).put("text", article.text());
          out.write(json.writeValueAsString(row));
          out.newLine();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }
}
