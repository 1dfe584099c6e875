package org.newsstance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.job.ExitCode;
import org.newsstance.testing.SparkTest;

/**
 * {@code bench} on two short PerSenT-format articles: both parts run on the same documents and
 * count the same tokens, the job writes its tables, and the last line is the machine-readable
 * ratio. No timing is asserted: the figures are the command's output, not a test's.
 */
class BenchCommandTest extends SparkTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path file = dir.resolve("persent.csv");
    Files.writeString(
        file,
        """
        DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT,Paragraph0,Paragraph1
        1,Talks,Oman,"Oman hosted the talks in Muscat on Friday.
        Both delegations thanked Oman, and they said the talks would resume.",Positive,Positive,Positive
        2,Court,Ahmadi,"The council condemned Ahmadi for the attack.
        He denied it.",Negative,Negative,Neutral
        """,
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void measuresBothWaysOnTheSameDocumentsAndEndsWithTheRatio() throws IOException {
    spark(); // the command's session is the shared test session
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path work = dir.resolve("work");
    int code =
        NewsstanceCommand.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "bench",
            "--input",
            corpus().toString(),
            "--sample",
            "0",
            "--work",
            work.toString());

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK.code());
    String text = out.toString();
    assertThat(text).contains("(b) skipped: --sample 0");
    long alone =
        tokens(text, "\\(a\\) CoreNLP alone.*?: 2 documents, \\d+ sentences, (\\d+) tokens");
    long job =
        tokens(text, "\\(c\\) the job end to end .*?: 2 documents, \\d+ sentences, (\\d+) tokens");
    assertThat(alone).isGreaterThan(20).isEqualTo(job);
    assertThat(work.resolve("output/current/documents")).isDirectory();
    assertThat(table(work.resolve("output"), org.newsstance.publish.Tables.DOCUMENTS).count())
        .isEqualTo(2);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches("ratio_vs_corenlp=\\d+\\.\\d{2}");
  }

  @Test
  void aMissingInputIsAUserError() {
    StringWriter err = new StringWriter();
    int code =
        NewsstanceCommand.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "bench",
            "--input",
            dir.resolve("absent.csv").toString());
    assertThat(code).isEqualTo(ExitCode.NO_INPUT.code());
    // A run's fix (omit --input for the seed corpus) would be wrong here: the bench has no seed.
    assertThat(err.toString())
        .contains("absent.csv")
        .contains("benchmark file")
        .doesNotContain("seeds/corpus");
  }

  private static long tokens(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in%n%s", regex, text).isTrue();
    return Long.parseLong(m.group(1));
  }
}
