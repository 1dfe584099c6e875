package org.newsstance.annotate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens a human-edited registry CSV (actors, topics): RFC 4180, UTF-8, a header row that must hold
 * the given columns, else an error naming the file and the guide that documents it.
 */
public final class RegistryCsv {
  private RegistryCsv() {}

  public static CSVParser open(InputStream in, String source, List<String> header, String guide)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    CSVParser parser =
        CSVParser.builder()
            .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .setFormat(format)
            .get();
    if (!parser.getHeaderNames().containsAll(header)) {
      parser.close();
      throw new IOException(
          source + ": the header must hold " + String.join(",", header) + " (see " + guide + ")");
    }
    return parser;
  }
}
