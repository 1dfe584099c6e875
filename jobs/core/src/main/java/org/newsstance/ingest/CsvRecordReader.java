package org.newsstance.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams a CSV file with a header row (RFC 4180: quoted fields may hold commas and newlines).
 * Records with fewer fields than the header are read with the missing ones absent, so that a record
 * without text is quarantined as such; a record with more (an unquoted comma in the text, which
 * would cut it short) is quarantined, unless the extra fields are blank (trailing commas). A file
 * that breaks the CSV grammar (an unterminated quote) is quarantined from the record where it
 * breaks: nothing after that point can be trusted; so is one whose header names a column twice.
 */
public final class CsvRecordReader extends RecordStream {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .setIgnoreEmptyLines(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .get();

  private final String path;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final RecordBuilder builder;
  private final List<String> header;

  /** The record that says the header is not usable, given once before the file ends. */
  private IngestRecord headerProblem;

  private boolean broken;

  public CsvRecordReader(String path, InputStream in, ColumnMapping mapping) {
    this.path = path;
    this.builder = new RecordBuilder(mapping);
    CSVParser opened = null;
    try {
      opened = CSVParser.builder().setReader(Utf8Text.lenientReader(in)).setFormat(FORMAT).get();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("reading the CSV header of " + path, asIo(e));
    } catch (IllegalArgumentException e) { // a column named twice
      headerProblem =
          Quarantined.of(
              path + "#1",
              QuarantineReason.MALFORMED_CSV,
              "the header is not usable (" + e.getMessage() + "); the file was not read",
              "");
      broken = true;
      closeQuietly(in);
    }
    this.parser = opened;
    this.header =
        opened == null
            ? List.of()
            : opened.getHeaderNames().stream().map(Utf8Text::stripBom).toList();
    this.records = opened == null ? null : opened.iterator();
    boolean headerless = header.stream().allMatch(String::isBlank); // an empty file: `empty`
    if (opened != null && !headerless && !header.contains(mapping.textColumn())) {
      // A file without a header, or separated by ';', would lose its first line to the header
      // unseen: the line is an input record of its own, quarantined with the likely cause.
      headerProblem =
          Quarantined.of(
              path + "#header",
              QuarantineReason.MALFORMED_CSV,
              headerWithoutText(header, mapping.textColumn()),
              String.join(",", header));
    }
  }

  /** Why a header lacks the text column, most likely, and what to do. */
  static String headerWithoutText(List<String> header, String textColumn) {
    String line = String.join(",", header);
    String missing =
        "the first line, read as the header, has no '" + textColumn + "' column (" + line + ")";
    for (String separator : List.of(";", "\t", "|")) {
      if (header.size() == 1 && line.contains(separator)) {
        return missing
            + "; the file looks separated by '"
            + (separator.equals("\t") ? "\\t" : separator)
            + "', but the job reads comma-separated CSV (RFC 4180): convert it, or give the"
            + " records as JSON Lines";
      }
    }
    return missing
        + "; if the file has no header, that line is a record: add the header"
        + " id,title,source,published_at,text; if the text is in another column, name it with"
        + " --text-column";
  }

  @Override
  protected IngestRecord advance() {
    if (headerProblem != null) {
      IngestRecord problem = headerProblem;
      headerProblem = null;
      return problem;
    }
    if (broken) {
      return null;
    }
    long recordNumber = parser.getRecordNumber() + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      String origin = path + "#" + record.getRecordNumber();
      String raw = String.join(",", record.toList());
      for (int i = header.size(); i < record.size(); i++) {
        if (!record.get(i).isBlank()) {
          return Quarantined.of(
              origin,
              QuarantineReason.MALFORMED_CSV,
              "the record has "
                  + record.size()
                  + " fields, the header "
                  + header.size()
                  + "; quote a field that holds a comma (\"...\"), or the text is cut short",
              raw);
        }
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.put(header.get(i), i < record.size() ? record.get(i) : null);
      }
      return builder.build(origin, fields, raw);
    } catch (UncheckedIOException | IllegalStateException e) {
      broken = true;
      return Quarantined.of(
          path + "#" + recordNumber,
          QuarantineReason.MALFORMED_CSV,
          "the CSV breaks here ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "); this record and the rest of the file were not read — check for an unterminated quote",
          "");
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was read from it
    }
  }

  private static IOException asIo(Exception e) {
    return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
  }
}
