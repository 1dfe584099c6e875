package org.newsstance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  void writesTheFiguresAsJson() throws IOException {
    Path json = dir.resolve("out/figures.json");
    int code =
        NewsstanceCommand.execute(
            "evaluate",
            "--dataset",
            "newsmtsc",
            "--input",
            sample().toString(),
            "--json",
            json.toString(),
            "--threads",
            "1");
    assertThat(code).isEqualTo(ExitCode.OK.code());

    JsonNode figures = new ObjectMapper().readTree(json.toFile());
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

  @Test
  void unknownMethodsAndMissingInputsAreUsageErrors() throws IOException {
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
  }
}
