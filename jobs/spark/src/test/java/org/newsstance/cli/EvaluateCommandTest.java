package org.newsstance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.job.ExitCode;

/**
 * {@code evaluate} on a small NewsMTSC-format file: scores every target with the job's scorer and
 * writes the contract's JSON; unknown or not-yet-available options fail with a usage error.
 */
class EvaluateCommandTest {
  @TempDir Path dir;

  private Path sample() throws IOException {
    Path file = dir.resolve("sample.jsonl");
    Files.writeString(
        file,
        """
        {"primary_gid": "t1", "sentence_normalized": "The council condemned Ahmadi for the deadly attack on civilians.", "targets": [{"from": 22, "to": 28, "mention": "Ahmadi", "polarity": 2.0}]}
        {"primary_gid": "t2", "sentence_normalized": "Oman was thanked by both delegations, and Rubio said the talks would resume.", "targets": [{"from": 0, "to": 4, "mention": "Oman", "polarity": 6.0}, {"from": 42, "to": 47, "mention": "Rubio", "polarity": 4.0}]}
        """,
        StandardCharsets.UTF_8);
    return file;
  }

  /** Runs {@code evaluate} on one thread, expects success, and returns the JSON it wrote. */
  private static JsonNode evaluate(String dataset, Path input, Path json, String... more)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--dataset",
                dataset,
                "--input",
                input.toString(),
                "--json",
                json.toString(),
                "--threads",
                "1"));
    args.addAll(List.of(more));
    assertThat(NewsstanceCommand.execute(args.toArray(String[]::new)))
        .isEqualTo(ExitCode.OK.code());
    return new ObjectMapper().readTree(json.toFile());
  }

  @Test
  void writesTheFiguresAsJson() throws IOException {
    Path json = dir.resolve("out/figures.json");
    JsonNode figures = evaluate("newsmtsc", sample(), json);
    assertThat(figures.fieldNames())
        .toIterable()
        .contains("accuracy", "macro_f1", "per_class", "confusion");
    assertThat(figures.get("n").asInt()).isEqualTo(3);
    assertThat(figures.get("sentences").asInt()).isEqualTo(2);
    assertThat(figures.get("methods_used").get("classifier").asInt()).isEqualTo(3);
    long confused = 0;
    for (JsonNode row : figures.get("confusion")) {
      for (JsonNode n : row) {
        confused += n.asLong();
      }
    }
    assertThat(confused).isEqualTo(3);
    assertThat(figures.get("accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(figures.get("per_class").get("positive").get("support").asInt()).isEqualTo(1);
    assertThat(figures.get("macro_f1").asDouble())
        .isCloseTo(
            (figures.get("per_class").get("negative").get("f1").asDouble()
                    + figures.get("per_class").get("neutral").get("f1").asDouble()
                    + figures.get("per_class").get("positive").get("f1").asDouble())
                / 3,
            within(1e-9));
  }

  /**
   * PerSenT: the job's analysis finds each article's main entity from the text, the figures cover
   * every labelled paragraph and document, and the predictions file has one line per labelled
   * paragraph with the job's row for the target where there is one.
   */
  @Test
  void scoresPersentParagraphsAndWritesOnePredictionPerLabelledParagraph() throws IOException {
    Path csv = dir.resolve("persent.csv");
    Files.writeString(
        csv,
        """
        DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT,Paragraph0,Paragraph1,Paragraph2
        7,Talks,Oman,"Oman hosted the talks in Muscat on Friday, and both delegations praised Oman.
        The talks will resume next week.
        Officials in Washington thanked Oman for its patient and skilful mediation.",Positive,Positive,,Positive
        8,Court,Ahmadi,"The council condemned Ahmadi for the deadly attack.
        Ahmadi denied any role in it.",Negative,Negative,Neutral
        """,
        StandardCharsets.UTF_8);
    Path json = dir.resolve("persent.json");
    Path predictions = dir.resolve("out/persent-predictions.jsonl");
    JsonNode figures = evaluate("persent", csv, json, "--predictions", predictions.toString());
    assertThat(figures.get("paragraph").fieldNames())
        .toIterable()
        .contains("accuracy", "macro_f1", "per_class", "confusion");
    assertThat(figures.get("document").get("n").asInt()).isEqualTo(2);
    assertThat(figures.get("labelled_paragraphs").asInt()).isEqualTo(4);
    assertThat(figures.get("target_found").asInt()).isEqualTo(2);

    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
      lines.add(mapper.readTree(line));
    }
    assertThat(lines)
        .extracting(l -> l.get("doc_id").asText() + "/" + l.get("paragraph").asInt())
        .containsExactly("7/0", "7/2", "8/0", "8/1");
    JsonNode omanFirst = lines.get(0);
    assertThat(omanFirst.get("gold").asText()).isEqualTo("Positive");
    assertThat(omanFirst.get("target_actor_id").asText()).isEqualTo("country:omn");
    assertThat(omanFirst.get("n_mentions").asInt()).isEqualTo(2);
    assertThat(omanFirst.get("score").asDouble())
        .isCloseTo(
            omanFirst.get("p_positive").asDouble() - omanFirst.get("p_negative").asDouble(),
            within(1e-9));
    JsonNode condemned = lines.get(2);
    assertThat(condemned.get("score").asDouble())
        .as("Ahmadi condemned for an attack")
        .isLessThan(omanFirst.get("score").asDouble());
    assertThat(figures.get("labelled_paragraphs_with_score").asInt())
        .isEqualTo((int) lines.stream().filter(l -> !l.get("score").isNull()).count());

    // Evidence as text: one entry per sentence (two mentions of Oman in one sentence give one),
    // the sentence sliced from the analysed text, and the mention's own score.
    JsonNode omanEvidence = omanFirst.get("evidence");
    assertThat(omanEvidence).hasSize(1);
    assertThat(omanEvidence.get(0).get("mention").asText()).isEqualTo("Oman");
    assertThat(omanEvidence.get(0).get("sentence").asText())
        .isEqualTo("Oman hosted the talks in Muscat on Friday, and both delegations praised Oman.");
    JsonNode condemnedEvidence = condemned.get("evidence").get(0);
    assertThat(condemnedEvidence.get("sentence").asText())
        .isEqualTo("The council condemned Ahmadi for the deadly attack.");
    assertThat(condemnedEvidence.get("score").asDouble())
        .as("one mention: its score is the row's")
        .isCloseTo(condemned.get("score").asDouble(), within(1e-9));
    for (JsonNode line : lines) {
      assertThat(line.get("evidence").isEmpty()).isEqualTo(line.get("score").isNull());
    }
  }

  @Test
  void unknownMethodsMissingInputsAndMismatchedOptionsAreRefusedWithTheirExitCodes()
      throws IOException {
    String input = sample().toString();
    assertThat(
            NewsstanceCommand.execute(
                "evaluate", "--dataset", "newsmtsc", "--input", input, "--method", "magic"))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(
            NewsstanceCommand.execute(
                "evaluate",
                "--dataset",
                "newsmtsc",
                "--input",
                dir.resolve("none.jsonl").toString()))
        .isEqualTo(ExitCode.NO_INPUT.code());
    assertThat(
            NewsstanceCommand.execute(
                "evaluate",
                "--dataset",
                "newsmtsc",
                "--input",
                input,
                "--predictions",
                dir.resolve("p.jsonl").toString()))
        .as("per-paragraph predictions exist for PerSenT only")
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(
            NewsstanceCommand.execute(
                "evaluate", "--dataset", "persent", "--input", input, "--method", "rntn_root"))
        .as("PerSenT is scored by the job's own analysis only")
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(
            NewsstanceCommand.execute(
                "actors-coverage", "--input", dir.resolve("none.csv").toString()))
        .isEqualTo(ExitCode.NO_INPUT.code());
  }
}
