package org.newsstance.query;

import java.util.List;

/**
 * What a query returned, with every value already plain Java (see {@link PlainValues}), so that
 * formatting needs no open connection.
 *
 * @param columns column names in result order (may repeat, as SQL allows)
 * @param types DuckDB's type name of each column
 * @param rows one list of values per row, in column order
 */
public record QueryResult(List<String> columns, List<String> types, List<List<Object>> rows) {
  public QueryResult {
    columns = List.copyOf(columns);
    types = List.copyOf(types);
    rows = List.copyOf(rows);
  }
}
