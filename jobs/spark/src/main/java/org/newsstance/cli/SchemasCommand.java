package org.newsstance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsstance.publish.SchemaFiles;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsstance schemas}: prints the output tables' schemas, or writes them to schemas/. */
@Command(
    name = "schemas",
    mixinStandardHelpOptions = true,
    description =
        "Prints the schema of every output table, or writes the files of schemas/ with --write.")
final class SchemasCommand implements Callable<Integer> {
  @Option(names = "--write", description = "Write TABLE.vN.json and DATA-DICTIONARY.md into --dir.")
  boolean write;

  @Option(
      names = "--dir",
      defaultValue = "${sys:newsstance.home:-.}/schemas",
      description = "Default: ${DEFAULT-VALUE}")
  Path dir;

  @Override
  public Integer call() {
    if (write) {
      SchemaFiles.writeAll(dir, Tables.ALL);
      System.out.println(
          "wrote "
              + Tables.ALL.size()
              + " schema files and "
              + SchemaFiles.DICTIONARY
              + " to "
              + dir);
    } else {
      for (TableSchema table : Tables.ALL) {
        System.out.print(SchemaFiles.render(table));
      }
    }
    return 0;
  }
}
