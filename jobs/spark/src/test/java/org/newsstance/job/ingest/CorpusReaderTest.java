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
import org.apache.spark.util.SerializableConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.InputFormat;
import org.newsstance.testing.SparkTest;

/**
 * Ingest of a corpus folder: text articles paired with their sidecars, and corpora without text
 * files, which skip the pairing.
 */
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
  void textArticlesArePairedWithTheirSidecarsAndOrphanSidecarsQuarantined() throws IOException {
    write("muscat.txt", "Iran and the United States met in Muscat.");
    write("muscat.meta.json", "{\"id\":\"talks-1\",\"source\":\"Wire\"}");
    write("2026/oman.txt", "Oman hosted the talks.");
    write("2026/gone.meta.json", "{\"id\":\"gone-1\",\"source\":\"Desk\"}");
    write("2026/again.txt", "A second article that claims the id talks-1.");
    write("2026/again.meta.json", "{\"id\":\"talks-1\"}");
    write("notes.jsonl", "{\"id\":\"n1\",\"text\":\"Rubio spoke.\"}\n");

    List<Row> rows = read();

    assertThat(rows)
        .extracting(
            r ->
                String.join(
                    " ",
                    r.<String>getAs("kind"),
                    r.<String>getAs("origin"),
                    r.<String>getAs("doc_id"),
                    String.valueOf(r.<String>getAs("source")),
                    String.valueOf(r.<String>getAs("reason"))))
        .containsExactly(
            "document 2026/again.txt talks-1 null null", // first talks-1 by input path
            "quarantine 2026/gone.meta.json null null missing_text",
            "document 2026/oman.txt 2026/oman null null",
            "quarantine muscat.txt talks-1 Wire duplicate_id",
            "document notes.jsonl:1 n1 null null");
    Row orphan = rows.get(1);
    assertThat(orphan.<String>getAs("detail")).contains("add the article or remove the sidecar");
    assertThat(orphan.<String>getAs("excerpt")).contains("gone-1");
    assertThat(rows.get(3).<String>getAs("detail")).contains("already used by 2026/again.txt");
  }

  @Test
  void entriesThatCannotBeReadAreQuarantinedAndNeverStopTheRun() throws Exception {
    write("good.jsonl", "{\"id\":\"d1\",\"text\":\"Iran met the US.\"}\n");
    write("time 10:30.txt", "Oman hosted the talks at 10:30."); // Hadoop's Path fails on ':'
    write("empty.jsonl", "");
    write("header-only.csv", "id,text\n");
    Files.createSymbolicLink(corpus.resolve("broken.txt"), corpus.resolve("gone.txt"));
    Files.createDirectories(corpus.resolve("2026"));
    Files.createSymbolicLink(corpus.resolve("2026/loop"), corpus);
    // A named pipe: Hadoop lists it as a file, and reading it blocks until a writer comes.
    Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    List<Row> rows = read();

    assertThat(rows)
        .extracting(r -> r.getAs("kind") + " " + r.getAs("origin") + " " + r.getAs("reason"))
        .containsExactly(
            "quarantine 2026/loop unreadable",
            "quarantine broken.txt unreadable",
            "quarantine empty.jsonl empty",
            "document good.jsonl:1 null",
            "quarantine header-only.csv empty",
            "quarantine pipe.txt unreadable",
            "document time 10:30.txt null");
    assertThat(rows.get(0).<String>getAs("detail")).contains("not followed");
    assertThat(rows.get(1).<String>getAs("detail")).contains("target does not exist");
    assertThat(rows.get(5).<String>getAs("detail")).contains("named pipe");
    assertThat(rows.get(6).<String>getAs("text")).isEqualTo("Oman hosted the talks at 10:30.");
  }

  @Test
  void aFileThatCannotBeOpenedIsQuarantinedWithTheReason() throws Exception {
    write("gone.jsonl", "{\"id\":\"d1\",\"text\":\"Iran met the US.\"}\n");
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(corpus.toUri());
    List<InputFile> listed =
        CorpusListing.list(root.getFileSystem(spark().sparkContext().hadoopConfiguration()), root);
    Files.delete(corpus.resolve("gone.jsonl")); // removed (or made unreadable) after the listing

    List<Row> rows =
        JavaSparkContext.fromSparkContext(spark().sparkContext())
            .parallelize(listed)
            .flatMap(
                new ReadInputFiles(
                    null,
                    ColumnMapping.DEFAULT,
                    SerializableConfiguration.broadcast(spark().sparkContext())))
            .collect();

    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(row.getString(IngestRows.SCHEMA.fieldIndex("reason"))).isEqualTo("unreadable");
    assertThat(row.getString(IngestRows.SCHEMA.fieldIndex("detail")))
        .contains("NoSuchFileException")
        .contains("check that it exists");
  }

  private void write(String relative, String content) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
  }

  private boolean holdsTextFiles(InputFormat forced) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(corpus.toUri());
    FileSystem fs = root.getFileSystem(spark().sparkContext().hadoopConfiguration());
    return CorpusListing.holdsTextFiles(CorpusListing.list(fs, root), forced);
  }

  private List<Row> read() {
    return new CorpusReader(spark(), corpus.toString(), null, ColumnMapping.DEFAULT)
        .read().collectAsList().stream()
            .sorted(Comparator.comparing(r -> r.<String>getAs("origin")))
            .toList();
  }
}
