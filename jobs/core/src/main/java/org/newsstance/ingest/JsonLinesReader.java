package org.newsstance.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Streams a JSON Lines file record by record, so a file of any size is read in constant memory. A
 * line that is not a JSON object is quarantined with its line number; blank lines are not records.
 * A line that names a field twice, or whose text is not a string, is quarantined too: which value
 * was meant cannot be known, and a number or an object is no article.
 */
public final class JsonLinesReader extends RecordStream {
  /**
   * Jackson refuses strings over 20 M characters by default, which made a valid record with a long
   * text read as malformed JSON; the analysis bounds what it does with a long text itself.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final String path;
  private final BufferedReader lines;
  private final RecordBuilder builder;
  private final String textColumn;
  private int lineNumber;

  public JsonLinesReader(String path, InputStream in, ColumnMapping mapping) {
    this.path = path;
    this.lines = new BufferedReader(Utf8Text.lenientReader(in), 1 << 16);
    this.builder = new RecordBuilder(mapping);
    this.textColumn = mapping.textColumn();
  }

  @Override
  protected IngestRecord advance() {
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1) {
          line = Utf8Text.stripBom(line);
        }
        if (!line.isBlank()) {
          return parse(line, path + ":" + lineNumber);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path + " after line " + lineNumber, e);
    }
  }

  private IngestRecord parse(String line, String origin) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Quarantined.of(
          origin,
          QuarantineReason.MALFORMED_JSON,
          "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          line);
    }
    if (!node.isObject()) {
      return Quarantined.of(
          origin,
          QuarantineReason.MALFORMED_JSON,
          "the line is JSON but not an object; each line must be one {...} record",
          line);
    }
    JsonNode text = node.get(textColumn);
    if (text != null && !text.isNull() && !text.isTextual()) {
      return Quarantined.of(
          origin,
          QuarantineReason.MISSING_TEXT,
          "the '"
              + textColumn
              + "' field is a JSON "
              + text.getNodeType().name().toLowerCase(Locale.ROOT)
              + ", not a string; the article's text must be a JSON string",
          line);
    }
    return builder.build(origin, JsonFields.of(node), line);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
