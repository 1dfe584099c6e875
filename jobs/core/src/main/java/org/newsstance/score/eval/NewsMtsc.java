package org.newsstance.score.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * NewsMTSC (Hamborg and Donnay, EACL 2021) in its JSON Lines form: one sentence a line, {@code
 * sentence_normalized} and {@code targets} with character offsets {@code from}/{@code to} (end
 * exclusive) and a polarity (2 negative, 4 neutral, 6 positive).
 */
public final class NewsMtsc {
  private NewsMtsc() {}

  /** One annotated sentence. */
  public record Sentence(String id, String text, List<Target> targets) {}

  /** One target mention with its gold label. */
  public record Target(int from, int to, String mention, SentimentLabel gold) {}

  public static List<Sentence> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<Sentence> sentences = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          sentences.add(sentence(json.readTree(line), file, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read NewsMTSC file " + file + ": " + e.getMessage(), e);
    }
    return sentences;
  }

  private static Sentence sentence(JsonNode node, Path file, int lineNumber) {
    JsonNode text = node.get("sentence_normalized");
    JsonNode targets = node.get("targets");
    if (text == null || targets == null || !targets.isArray()) {
      throw new IllegalArgumentException(
          file + " line " + lineNumber + ": not NewsMTSC (needs sentence_normalized and targets)");
    }
    List<Target> parsed = new ArrayList<>();
    for (JsonNode target : targets) {
      parsed.add(
          new Target(
              target.get("from").asInt(),
              target.get("to").asInt(),
              target.path("mention").asText(""),
              SentimentLabel.fromNewsMtscPolarity(target.get("polarity").asDouble())));
    }
    String id = node.path("primary_gid").asText("line-" + lineNumber);
    return new Sentence(id, text.asText(), List.copyOf(parsed));
  }
}
