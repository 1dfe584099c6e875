package org.newsstance.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.job.UserError;

/**
 * SQL over a published snapshot with an in-memory DuckDB: each table folder (and the runs table
 * beside the snapshots) is a view by its name, reading the Parquet files in place (nothing is
 * copied or loaded up front). One engine per command; close it to free DuckDB's memory.
 */
public final class QueryEngine implements AutoCloseable {
  private final PublishedSnapshot snapshot;
  private final Connection connection;

  private QueryEngine(PublishedSnapshot snapshot, Connection connection) {
    this.snapshot = snapshot;
    this.connection = connection;
  }

  public static QueryEngine open(PublishedSnapshot snapshot) {
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement statement = connection.createStatement()) {
        // Dates and times are stored in UTC; show them in UTC whatever the machine's zone.
        statement.execute("SET TimeZone = 'UTC'");
        for (String table : snapshot.tables()) {
          String view = SnapshotViews.createView(snapshot, table);
          if (view != null) {
            statement.execute(view);
          }
        }
      }
      return new QueryEngine(snapshot, connection);
    } catch (SQLException e) {
      throw UserError.tablesUnreadable(snapshot.dir().toString(), e);
    }
  }

  /** Runs one SQL statement; a statement without a result (SET, CREATE) gives no columns. */
  public QueryResult run(String sql) {
    try (Statement statement = connection.createStatement()) {
      if (!statement.execute(sql)) {
        return new QueryResult(List.of(), List.of(), List.of());
      }
      try (ResultSet rows = statement.getResultSet()) {
        return read(rows);
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).startsWith("IO Error")) {
        throw UserError.tablesUnreadable(snapshot.dir().toString(), e);
      }
      throw UserError.badQuery(e.getMessage(), snapshot.tables());
    }
  }

  private static QueryResult read(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> columns = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
      types.add(meta.getColumnTypeName(i));
    }
    List<List<Object>> values = new ArrayList<>();
    while (rows.next()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) {
        row.add(PlainValues.of(rows.getObject(i)));
      }
      values.add(row);
    }
    return new QueryResult(columns, types, values);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing was written; a failed close of an in-memory database loses nothing.
    }
  }
}
