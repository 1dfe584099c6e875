package org.newsstance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsstance.testing.CommandRun;

/** Counting options refuse values that make no sense, as usage errors, before any work starts. */
class CountOptionsTest {
  @Test
  void aCountBelowItsMinimumIsAUsageError() {
    CommandRun keepNone =
        CommandRun.of("run", "--output", "/nonexistent/out", "--keep-snapshots", "0");
    assertThat(keepNone.exitCode()).isEqualTo(2);
    assertThat(keepNone.err())
        .contains("Invalid value for option '--keep-snapshots'")
        .contains("0 is less than 1");

    CommandRun noTokens =
        CommandRun.of("run", "--output", "/nonexistent/out", "--max-sentence-tokens", "-5");
    assertThat(noTokens.exitCode()).isEqualTo(2);
    assertThat(noTokens.err()).contains("-5 is less than 1");

    CommandRun partitions =
        CommandRun.of("run", "--output", "/nonexistent/out", "--partitions", "-1");
    assertThat(partitions.exitCode()).isEqualTo(2);
    assertThat(partitions.err()).contains("-1 is less than 0");

    CommandRun width = CommandRun.of("query", "--max-width", "0", "SELECT 1");
    assertThat(width.exitCode()).isEqualTo(2);
    assertThat(width.err()).contains("Invalid value for option '--max-width'");

    CommandRun words = CommandRun.of("run", "--output", "/nonexistent/out", "--partitions", "many");
    assertThat(words.exitCode()).isEqualTo(2);
    assertThat(words.err()).contains("'many' is not a whole number");
  }
}
