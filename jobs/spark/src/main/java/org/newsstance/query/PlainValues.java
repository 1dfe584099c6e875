package org.newsstance.query;

import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBStruct;

/**
 * Turns what DuckDB's JDBC driver hands out into plain Java: lists, maps with names, strings,
 * numbers, booleans and bytes. Lists of structs (sentences.tokens, evidence) thus print as JSON
 * arrays of objects rather than as driver objects; dates and times become ISO-8601 text.
 */
final class PlainValues {
  private PlainValues() {}

  static Object of(Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof Array array) {
      Object[] elements = (Object[]) array.getArray();
      List<Object> list = new ArrayList<>(elements.length);
      for (Object element : elements) {
        list.add(of(element));
      }
      return list;
    }
    if (value instanceof DuckDBStruct struct) {
      return of(struct.getMap());
    }
    if (value instanceof Struct struct) {
      return of(List.of(struct.getAttributes()));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        plain.put(String.valueOf(entry.getKey()), of(entry.getValue()));
      }
      return plain;
    }
    if (value instanceof List<?> list) {
      List<Object> plain = new ArrayList<>(list.size());
      for (Object element : list) {
        plain.add(of(element));
      }
      return plain;
    }
    if (value instanceof Blob blob) {
      return blob.getBytes(1, (int) blob.length());
    }
    if (value instanceof Timestamp timestamp) {
      return of(timestamp.toLocalDateTime());
    }
    if (value instanceof LocalDateTime time) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }
    if (value instanceof OffsetDateTime time) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
    if (value instanceof Temporal
        || value instanceof java.util.Date
        || value instanceof java.util.UUID) {
      return value.toString();
    }
    return value;
  }
}
