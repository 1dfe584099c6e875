package org.newsstance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.newsstance.job.UserError;
import org.newsstance.query.PublishedSnapshot;
import org.newsstance.query.QueryEngine;
import org.newsstance.query.QueryResult;
import org.newsstance.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsstance query}: SQL over the published tables, on this machine, with no Spark. Every
 * table of the current snapshot is a view by its name.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs one SQL statement (DuckDB's dialect) over the published tables and prints the result.",
      "Each table of OUTPUT's current snapshot is a view by its name: documents, paragraphs, ..."
    },
    footer = {
      "",
      "Examples:",
      "  newsstance query \"SHOW TABLES\"",
      "  newsstance query \"DESCRIBE paragraphs\"",
      "  newsstance query --format csv \"SELECT section, count(*) AS n FROM paragraphs GROUP BY ALL\"",
      "  newsstance query --output /data/newsstance --format json - < question.sql",
      "",
      "Bad SQL exits with code 2; a missing output folder or snapshot with 66."
    })
final class QueryCommand implements Callable<Integer> {
  @Option(
      names = "--output",
      paramLabel = "PATH",
      defaultValue = "${sys:newsstance.home:-.}/output",
      description = "Output folder a run published to (local). Default: ${DEFAULT-VALUE}")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (aligned, for reading), csv or json. Default: ${DEFAULT-VALUE}")
  ResultFormat format;

  @Option(
      names = "--max-width",
      converter = Counts.Positive.class,
      paramLabel = "N",
      defaultValue = "60",
      description = "table format: cut longer cells to N characters. Default: ${DEFAULT-VALUE}")
  int maxWidth;

  @Parameters(
      paramLabel = "SQL",
      description = "The statement, quoted as one argument; - reads it from standard input.")
  String sql;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String statement = "-".equals(sql) ? readStandardInput() : sql;
    if (statement.isBlank()) {
      throw UserError.usage(
          "the query is empty",
          "query runs the SQL statement given as its argument",
          "pass a statement, e.g. newsstance query \"SHOW TABLES\"");
    }
    PublishedSnapshot snapshot = PublishedSnapshot.of(output);
    QueryResult result;
    try (QueryEngine engine = QueryEngine.open(snapshot)) {
      result = engine.run(statement);
    }
    PrintWriter out = spec.commandLine().getOut();
    format.write(result, out, maxWidth);
    out.flush();
    return 0;
  }

  private static String readStandardInput() {
    try {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the query from standard input", e);
    }
  }
}
