package org.newsstance.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.map_keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.SparkTest;

/**
 * documents.extra holds the input's other columns in the input's order, through the staged ingest
 * rows: a map read back into a Spark Row is hash-ordered past four entries.
 */
class ExtraColumnsOrderTest extends SparkTest {
  @TempDir Path work;

  @Test
  void extraColumnsArePublishedInTheInputsOrder() throws Exception {
    List<String> columns = List.of("wire", "desk", "lang", "byline", "region", "section", "url");
    Path input = work.resolve("feed.csv");
    Files.writeString(
        input,
        "id,text,"
            + String.join(",", columns)
            + "\nx-1,Iran and the United States resumed talks in Muscat on Friday.,"
            + String.join(",", columns.stream().map(c -> c + "-value").toList())
            + "\n",
        UTF_8);
    Path output = work.resolve("out");
    run(config(input, output, ParagraphMode.BLANK_LINE));

    List<String> keys =
        table(output, Tables.DOCUMENTS).select(map_keys(functions.col("extra"))).first().getList(0);
    assertThat(keys).containsExactlyElementsOf(columns);
  }
}
