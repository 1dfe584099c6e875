package org.newsstance.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How {@code newsstance query} prints a result. */
public enum ResultFormat {
  /** Aligned columns for reading in a terminal; long cells are cut at a width. */
  TABLE {
    @Override
    public void write(QueryResult result, PrintWriter out, int maxCellWidth) {
      new AlignedTable(result, maxCellWidth).write(out);
    }
  },
  /** RFC 4180 with a header row; nested values as JSON text, NULL as an empty field. */
  CSV {
    @Override
    public void write(QueryResult result, PrintWriter out, int maxCellWidth) {
      CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
      try {
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(result.columns());
        for (List<Object> row : result.rows()) {
          printer.printRecord(row.stream().map(v -> v == null ? null : text(v)).toList());
        }
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  /** A JSON array with one object per row, one row per line; nested values stay nested. */
  JSON {
    @Override
    public void write(QueryResult result, PrintWriter out, int maxCellWidth) {
      try {
        out.print('[');
        for (int r = 0; r < result.rows().size(); r++) {
          out.print(r == 0 ? "\n" : ",\n");
          // Field by field rather than a map, so that repeated column names are all kept.
          JsonGenerator json = MAPPER.createGenerator(out);
          json.writeStartObject();
          List<Object> row = result.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            json.writeFieldName(result.columns().get(c));
            MAPPER.writeValue(json, row.get(c));
          }
          json.writeEndObject();
          json.flush();
        }
        out.println(result.rows().isEmpty() ? "]" : "\n]");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public abstract void write(QueryResult result, PrintWriter out, int maxCellWidth);

  /** A value as text: strings as they are, nested values as JSON. */
  static String text(Object value) {
    if (value instanceof List<?>
        || value instanceof java.util.Map<?, ?>
        || value instanceof byte[]) {
      try {
        return MAPPER.writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return String.valueOf(value);
  }
}
