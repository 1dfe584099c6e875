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
      List<String> examples = lines.stream().filter(l -> l.startsWith("  newsstance ")).toList();
      assertThat(examples).as(command).isNotEmpty();
      for (int i = 0; i < lines.size() - 1; i++) {
        String line = lines.get(i);
        // A wrapped line ends inside a word or path, and its rest starts the next line flush left.
        if (line.startsWith("  newsstance ") || line.startsWith("      ")) {
          assertThat(line.length())
              .as(command + ": " + line)
              .isLessThanOrEqualTo(NewsstanceCommand.USAGE_WIDTH);
          assertThat(lines.get(i + 1)).as(command + " after: " + line).doesNotStartWith("/");
        }
      }
    }
  }
}
