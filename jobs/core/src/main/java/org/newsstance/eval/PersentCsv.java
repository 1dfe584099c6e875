package org.newsstance.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsstance.ingest.Mojibake;

/**
 * Reads PerSenT's CSV (DOCUMENT_INDEX, TITLE, TARGET_ENTITY, DOCUMENT, TRUE_SENTIMENT,
 * Paragraph0..15).
 */
public final class PersentCsv {
  static final int MAX_PARAGRAPHS = 16;

  private PersentCsv() {}

  public static List<PersentArticle> read(Path file) throws IOException {
    List<PersentArticle> articles = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      for (CSVRecord row : parser) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < MAX_PARAGRAPHS; i++) {
          // isSet: a row may end early (trailing blank labels left out), which is blank too.
          String label = row.isSet("Paragraph" + i) ? row.get("Paragraph" + i).strip() : "";
          labels.add(label.isEmpty() ? null : label);
        }
        articles.add(
            new PersentArticle(
                row.get("DOCUMENT_INDEX"),
                row.get("TITLE"),
                // The analysis repairs mojibake in the text, so the name it is matched with too.
                Mojibake.repair(row.get("TARGET_ENTITY")).text(),
                row.get("DOCUMENT"),
                row.get("TRUE_SENTIMENT"),
                labels));
      }
    }
    return articles;
  }
}
