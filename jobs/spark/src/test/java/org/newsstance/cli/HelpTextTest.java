package org.newsstance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code newsstance --help} and {@code newsstance help COMMAND} print. */
class HelpTextTest {
  private static String printed(String... args) {
    StringWriter out = new StringWriter();
    NewsstanceCommand.execute(
        new PrintWriter(out, true), new PrintWriter(new StringWriter()), args);
    return out.toString();
  }

  @Test
  void everyCommandIsSummedUpInAWholeSentence() {
    List<String> commands =
        printed("--help")
            .lines()
            .dropWhile(l -> !l.equals("Commands:"))
            .skip(1)
            .filter(l -> l.startsWith("  ") && !l.startsWith("    "))
            .toList();
    assertThat(commands).hasSizeGreaterThan(8);
    String all = printed("--help");
    for (String line : commands) {
      String name = line.strip().split("\\s+")[0];
      // The summary runs until the next command's line; it must end a sentence.
      String after = all.substring(all.indexOf(line));
      String summary =
          after.lines().takeWhile(l -> l.equals(line) || l.startsWith("    ")).toList().toString();
      assertThat(summary).as(name).endsWith(".]");
    }
  }

  /**
   * Every command's {@code --version} names the release and what its analysis is made of, so that
   * an operator can tell which build wrote an output (subcommands once printed nothing).
   */
  @Test
  void everyCommandPrintsTheReleaseAndItsAnalysis() {
    List<String> commands =
        new CommandLine(NewsstanceCommand.class)
            .getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
    assertThat(commands).contains("run", "query", "evaluate");
    for (String command : commands) {
      List<String> lines = printed(command, "--version").lines().toList();
      assertThat(lines).as(command).hasSize(4);
      assertThat(lines.get(0)).as(command).matches("newsstance \\d+\\.\\d+\\.\\d+.*");
      assertThat(lines.get(1))
          .as(command)
          .matches(
              "analysis revision \\d+, segmentation revision \\d+, sentiment model [0-9a-f]{12},"
                  + " CoreNLP 4\\.5\\.\\d+");
      assertThat(lines.get(2)).as(command).matches("pipeline version [0-9a-f]{16} with the .*");
      assertThat(lines.get(3)).as(command).matches("Spark 4\\.\\d+\\.\\d+.*, Java \\d+.*");
    }
    assertThat(printed("--version")).isEqualTo(printed("run", "--version"));
  }

  @Test
  void exampleCommandLinesAreNeverWrapped() {
    for (String command :
        List.of("run", "query", "evaluate", "bench", "bench-incremental", "train-sentiment")) {
      List<String> lines = printed("help", command).lines().toList();
      assertThat(lines).as(command).anyMatch(l -> l.startsWith("  newsstance "));
      String previous = "";
      boolean previousIsExample = false;
      for (String line : lines) {
        if (previousIsExample) {
          // After an example: its continuation only after a "\", else a blank line or the next.
          boolean continued = previous.stripTrailing().endsWith("\\");
          assertThat(
                  continued
                      ? line.startsWith("      ")
                      : line.isEmpty() || line.startsWith("  newsstance "))
              .as(command + ": '" + previous + "' is followed by '" + line + "'")
              .isTrue();
        }
        previousIsExample =
            line.startsWith("  newsstance ")
                || (previousIsExample && previous.stripTrailing().endsWith("\\"));
        previous = line;
      }
    }
  }
}
