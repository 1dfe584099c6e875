package org.newsstance.job.ingest;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.IngestRecord;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.ingest.Quarantined;
import org.newsstance.ingest.RecordBuilder;

/**
 * Maps rows of a Parquet corpus through the same {@link RecordBuilder} as JSON Lines and CSV, so
 * the column mapping and the quarantine rules are identical. Expects all columns cast to string, a
 * {@link #FILE_COLUMN} naming the source file and a {@link #ROW_COLUMN} with the row's 0-based
 * index in it. Origins are {@code FILE#RECORD}, RECORD counted from 1 as for CSV, so that two
 * quarantined rows of one file (no id, or the same id twice) have origins of their own.
 */
final class ReadParquetRows implements MapPartitionsFunction<Row, Row> {
  // Names no corpus column is likely to have: a corpus column of the same name would be replaced.
  static final String FILE_COLUMN = "__newsstance_file";
  static final String ROW_COLUMN = "__newsstance_row_index";

  private final String rootUri;
  private final ColumnMapping mapping;
  private final String textType;

  /**
   * @param textType the Parquet type of the text column when it is not a string ("int"), else null:
   *     a number is no article, as in JSON Lines
   */
  ReadParquetRows(String rootUri, ColumnMapping mapping, String textType) {
    this.rootUri = rootUri;
    this.mapping = mapping;
    this.textType = textType;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    RecordBuilder builder = new RecordBuilder(mapping);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        Map<String, String> fields = new LinkedHashMap<>();
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
          if (!FILE_COLUMN.equals(names[i]) && !ROW_COLUMN.equals(names[i])) {
            fields.put(names[i], row.isNullAt(i) ? null : row.getString(i));
          }
        }
        String file = InputPaths.relativize(rootUri, row.getAs(FILE_COLUMN));
        long rowIndex = Long.parseLong(row.getAs(ROW_COLUMN));
        String origin = file + "#" + (rowIndex + 1);
        IngestRecord record =
            textType == null
                ? builder.build(origin, fields, fields.toString())
                : Quarantined.of(
                    origin,
                    QuarantineReason.MISSING_TEXT,
                    "the '"
                        + mapping.textColumn()
                        + "' column is a Parquet "
                        + textType
                        + " column, not a string; the article's text must be a string column"
                        + " (name it with --text-column)",
                    fields.toString());
        return IngestRows.of(record, file, rowIndex);
      }
    };
  }
}
