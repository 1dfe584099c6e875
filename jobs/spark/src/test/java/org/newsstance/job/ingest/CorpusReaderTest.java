package org.newsstance.job.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.InputFormat;
import org.newsstance.testing.SparkTest;

/** Ingest of corpora without text files, which skips the pairing of articles and sidecars. */
class CorpusReaderTest extends SparkTest {
  @TempDir Path corpus;

  @Test
  void jsonLinesFoldersAreReadWithoutPairingAndDuplicateIdsStillQuarantined() throws IOException {
    write(
        "a.jsonl",
        "{\"id\":\"d1\",\"text\":\"Iran met the US.\"}\n{\"id\":\"d2\",\"text\":\"Oman hosted.\"}\n");
    write("2026/b.jsonl", "{\"id\":\"d1\",\"text\":\"A second d1.\"}\n{not json\n");
    assertThat(holdsTextFiles(null)).isFalse();

    List<Row> rows = read();

    assertThat(rows)
        .extracting(r -> r.getAs("kind") + " " + r.getAs("origin") + " " + r.getAs("reason"))
        .containsExactly(
            "document 2026/b.jsonl:1 null", // the first d1 by input path
            "quarantine 2026/b.jsonl:2 malformed_json",
            "quarantine a.jsonl:1 duplicate_id",
            "document a.jsonl:2 null");
  }

  @Test
  void aTextFileAnywhereInTheCorpusMeansPairing() throws IOException {
    write("a.jsonl", "{\"id\":\"d1\",\"text\":\"Iran met the US.\"}\n");
    write("2026/11/oman.txt", "Oman hosted the talks.");
    write("2026/11/oman.meta.json", "{\"source\":\"Wire\"}");

    assertThat(holdsTextFiles(null)).isTrue();
    assertThat(holdsTextFiles(InputFormat.JSONL)).isFalse();
    List<Row> rows = read();
    assertThat(rows)
        .extracting(r -> r.getAs("kind") + " " + r.getAs("origin") + " " + r.getAs("source"))
        .containsExactly("document 2026/11/oman.txt Wire", "document a.jsonl:1 null");
  }

  @Test
  void aTextFileTheListingDidNotSeeIsQuarantinedNotDropped() throws IOException {
    write("late.txt", "This file appeared after the corpus was listed.");
    String root = corpus.toUri().toString();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark().sparkContext());

    List<Row> rows =
        jsc.binaryFiles(root)
            .flatMap(new ReadInputFiles(root, null, ColumnMapping.DEFAULT, false))
            .collect();

    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(row.getString(IngestRows.SCHEMA.fieldIndex("kind")))
        .isEqualTo(IngestRows.QUARANTINE);
    assertThat(row.getString(IngestRows.SCHEMA.fieldIndex("reason"))).isEqualTo("unreadable");
    assertThat(row.getString(IngestRows.SCHEMA.fieldIndex("detail")))
        .contains("the next run reads it");
  }

  private void write(String relative, String content) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
  }

  private boolean holdsTextFiles(InputFormat forced) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(corpus.toUri());
    FileSystem fs = root.getFileSystem(spark().sparkContext().hadoopConfiguration());
    return CorpusListing.holdsTextFiles(fs, root, forced);
  }

  private List<Row> read() {
    return new CorpusReader(spark(), corpus.toString(), null, ColumnMapping.DEFAULT)
        .read().collectAsList().stream()
            .sorted(Comparator.comparing(r -> r.<String>getAs("origin")))
            .toList();
  }
}
