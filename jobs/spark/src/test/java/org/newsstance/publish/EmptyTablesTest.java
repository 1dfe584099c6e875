package org.newsstance.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.SparkTest;

/**
 * A night whose input is all quarantined still publishes every table as something a reader can
 * open: at least one Parquet file with the table's columns, read without a schema given.
 */
class EmptyTablesTest extends SparkTest {
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void everyTableOfARunWithNoDocumentHasAParquetFileWithItsColumns() throws IOException {
    Files.writeString(input.resolve("nothing.jsonl"), "");

    assertThat(run(config(input, output, ParagraphMode.BLANK_LINE)).quarantined()).isEqualTo(1);

    for (TableSchema table : Tables.ALL) {
      if (!table.inSnapshot()) {
        continue;
      }
      Path dir = output.resolve("current").resolve(table.name());
      try (Stream<Path> files = Files.walk(dir)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as(table.name())
            .anyMatch(name -> name.endsWith(".parquet") && !name.startsWith("."));
      }
      // As a dashboard or a notebook reads it: no schema given, so Spark infers it from the files.
      var read = spark().read().parquet(dir.toString());
      assertThat(read.columns()).as(table.name()).containsExactly(table.columnNames());
    }
    assertThat(spark().read().parquet(output.resolve("current/documents").toString()).count())
        .isZero();
  }
}
