package org.newsstance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

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
