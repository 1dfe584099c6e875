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

/**
 * One judgement of the stance gold (seeds/eval/stance_gold.csv, rules in STANCE-GUIDELINES.md).
 *
 * @param docId the seed file stem or the PerSenT DOCUMENT_INDEX
 * @param sentence the sentence exactly as the document has it
 */
public record GoldStance(
    String docId,
    String sentence,
    String holder,
    String targetType,
    String target,
    String polarity,
    String cue) {

  public static List<GoldStance> read(Path file) throws IOException {
    List<GoldStance> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      for (CSVRecord row : parser) {
        rows.add(
            new GoldStance(
                row.get("doc_id"),
                row.get("sentence"),
                row.get("holder"),
                row.get("target_type"),
                row.get("target"),
                row.get("polarity"),
                row.get("cue")));
      }
    }
    return rows;
  }
}
