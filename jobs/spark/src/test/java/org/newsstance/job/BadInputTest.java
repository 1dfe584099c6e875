package org.newsstance.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.SparkTest;

/**
 * One run over a corpus holding every kind of bad input beside good documents; each test checks one
 * case's outcome. The run must finish, and input = processed + skipped + quarantined.
 */
class BadInputTest extends SparkTest {
  private static final String ENGLISH =
      "Negotiators from both countries met in Muscat on Friday. They discussed sanctions relief and"
          + " the future of the nuclear program, and agreed to meet again next month. ";

  @TempDir static Path corpus;
  @TempDir static Path output;
  static RunSummary summary;
  static String progressLog;

  @BeforeAll
  static void runOnBadCorpus() throws IOException {
    Files.writeString(corpus.resolve("good.txt"), ENGLISH, UTF_8);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(
        corpus.resolve("binary.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
    Files.write(
        corpus.resolve("latin1.txt"),
        ("Caf\u00e9 diplomacy in Muscat. " + ENGLISH)
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(
        corpus.resolve("german.txt"),
        "Die Verhandlungen zwischen den Vereinigten Staaten und Iran haben am Freitag in Maskat"
            + " begonnen, doch eine Einigung über das Atomprogramm ist weiterhin nicht in Sicht.",
        UTF_8);
    // About 2 MB of prose with no newline at all: one paragraph.
    Files.writeString(corpus.resolve("huge-paragraph.txt"), ENGLISH.repeat(13_000), UTF_8);
    Files.writeString(
        corpus.resolve("long-sentence.txt"),
        "Short opening. The talks went on and "
            + String.join(" ", Collections.nCopies(500, "on"))
            + ".",
        UTF_8);
    Files.writeString(
        corpus.resolve("docs.jsonl"),
        "{\"id\":\"dup-1\",\"text\":\""
            + ENGLISH
            + "\"}\n"
            + "{\"id\":\"broken\",\"text\":\"unterminated\n"
            + "{\"id\":\"dup-1\",\"text\":\"A different text with the same id, which is a mistake.\"}\n"
            + "{\"id\":\"no-text\",\"title\":\"Only a title\"}\n",
        UTF_8);
    Files.writeString(
        corpus.resolve("docs.csv"),
        "id,title,source,published_at,text\n"
            + "csv-1,Good row,Wire,2026-02-06,\""
            + ENGLISH
            + "\"\n"
            + "csv-2,Row without text,Wire,2026-02-07,\n",
        UTF_8);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    summary =
        new NewsstanceJob(
                spark(),
                config(corpus, output, ParagraphMode.BLANK_LINE),
                new Progress(new PrintStream(log, true, UTF_8)))
            .run();
    progressLog = log.toString(UTF_8);
  }

  private static Row quarantined(String origin) {
    List<Row> rows =
        table(output, Tables.QUARANTINE).filter(col("origin").equalTo(origin)).collectAsList();
    assertThat(rows).as("quarantine rows for %s", origin).hasSize(1);
    return rows.get(0);
  }

  @Test
  void inputEqualsProcessedPlusSkippedPlusQuarantined() {
    assertThat(summary.input()).isEqualTo(13);
    assertThat(summary.processed()).isEqualTo(5);
    assertThat(summary.skipped()).isZero();
    assertThat(summary.quarantined()).isEqualTo(8);
    assertThat(summary.reconciles()).isTrue();
    assertThat(table(output, Tables.QUARANTINE).count()).isEqualTo(8);
    assertThat(table(output, Tables.DOCUMENTS).count()).isEqualTo(5);
  }

  @Test
  void emptyFile() {
    assertThat(quarantined("empty.txt").<String>getAs("reason")).isEqualTo("empty");
  }

  @Test
  void binaryFile() {
    assertThat(quarantined("binary.txt").<String>getAs("reason")).isEqualTo("binary");
  }

  @Test
  void invalidUtf8() {
    Row row = quarantined("latin1.txt");
    assertThat(row.<String>getAs("reason")).isEqualTo("invalid_utf8");
    assertThat(row.<String>getAs("detail")).contains("byte 3");
  }

  @Test
  void malformedJsonLine() {
    Row row = quarantined("docs.jsonl:2");
    assertThat(row.<String>getAs("reason")).isEqualTo("malformed_json");
    assertThat(row.<String>getAs("excerpt")).contains("unterminated");
  }

  @Test
  void recordWithoutText() {
    assertThat(quarantined("docs.jsonl:4").<String>getAs("reason")).isEqualTo("missing_text");
    assertThat(quarantined("docs.csv#2").<String>getAs("reason")).isEqualTo("missing_text");
  }

  @Test
  void duplicateIdKeepsTheFirstAndQuarantinesTheSecond() {
    Row row = quarantined("docs.jsonl:3");
    assertThat(row.<String>getAs("reason")).isEqualTo("duplicate_id");
    assertThat(row.<String>getAs("doc_id")).isEqualTo("dup-1");
    assertThat(row.<String>getAs("detail")).contains("docs.jsonl:1");
    Row kept = table(output, Tables.DOCUMENTS).filter(col("doc_id").equalTo("dup-1")).first();
    assertThat(kept.<String>getAs("origin")).isEqualTo("docs.jsonl:1");
  }

  @Test
  void nonEnglishText() {
    Row row = quarantined("german.txt");
    assertThat(row.<String>getAs("reason")).isEqualTo("non_english");
    assertThat(row.<String>getAs("doc_id")).isEqualTo("german");
    // Sent to analysis (the language is judged there), so the analyse line counts it apart.
    assertThat(progressLog).contains("(+1 quarantined by the analysis: not English");
  }

  @Test
  void thePublishLineNamesTablesLaidOutAlikeTogether() {
    String perDocument =
        Tables.ALL.stream()
            .filter(t -> t.kind() == TableSchema.Kind.PER_DOCUMENT)
            .map(TableSchema::name)
            .collect(Collectors.joining(", "));
    assertThat(progressLog).contains("[4/4] publish  " + perDocument + ": written whole -> ");
  }

  @Test
  void twoMegabyteParagraphIsProcessedWholeAndMarked() {
    Row doc =
        table(output, Tables.DOCUMENTS).filter(col("doc_id").equalTo("huge-paragraph")).first();
    assertThat(doc.<Integer>getAs("n_chars")).isGreaterThan(2_000_000);
    assertThat(doc.<Integer>getAs("n_paragraphs")).isEqualTo(1);
    assertThat(doc.<Integer>getAs("n_sentences")).isEqualTo(26_000);
    // Every sentence names Muscat, a capital the parser must see to tell actor from place: the
    // parse budget stops that after 20,000 tokens instead of parsing 26,000 sentences.
    assertThat(doc.getList(doc.fieldIndex("degraded")))
        .containsExactly("long_paragraph", "parse_budget");
  }

  @Test
  void fiveHundredTokenSentenceIsKeptWholeAndMarked() {
    List<Row> sentences =
        table(output, Tables.SENTENCES)
            .filter(col("doc_id").equalTo("long-sentence"))
            .orderBy("sentence_idx")
            .collectAsList();
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(1).<Integer>getAs("n_tokens")).isGreaterThan(500);
    assertThat(sentences.get(1).<String>getAs("degraded")).isEqualTo("long_sentence");
    assertThat(sentences.get(0).<String>getAs("degraded")).isNull();
  }
}
