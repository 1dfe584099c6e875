package org.newsstance.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema files in {@code schemas/}: one {@code TABLE.vN.json} per table version (kept forever,
 * so evolution can be checked) and a {@code DATA-DICTIONARY.md} generated from the column comments.
 */
public final class SchemaFiles {
  public static final String DICTIONARY = "DATA-DICTIONARY.md";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SchemaFiles() {}

  public static String fileName(TableSchema table) {
    return table.name() + ".v" + table.version() + ".json";
  }

  public static String render(TableSchema table) {
    try {
      ObjectNode node = JSON.createObjectNode();
      node.put("table", table.name());
      node.put("version", table.version());
      node.put("grain", table.grain());
      node.set("keys", JSON.valueToTree(table.keys()));
      node.set("partitioned_by", JSON.valueToTree(table.partitionColumns()));
      node.set("schema", JSON.readTree(table.schema().json()));
      return JSON.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Spark schema stored in a schema file. */
  public static StructType read(Path file) {
    try {
      return (StructType) DataType.fromJson(JSON.readTree(file.toFile()).get("schema").toString());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  public static String dictionary(List<TableSchema> tables) {
    StringBuilder md = new StringBuilder();
    md.append("# Data dictionary\n\n")
        .append(
            "Generated from the schemas declared in code (`bin/newsstance schemas --write`); do not edit by hand.\n")
        .append(
            "Tables are read at `OUTPUT/current/TABLE/` (Parquet, zstd), the runs table at `OUTPUT/runs/`. Offsets are 0-based Java string offsets into `documents.text`, end exclusive.\n")
        .append(
            "The `null` column is the data's contract (`SeedRunTest` checks every snapshot table's top-level columns on the seed article's output), not the Parquet files' repetition: Spark writes most columns OPTIONAL whatever it says, and a column may be REQUIRED in one snapshot's files and OPTIONAL in another's, so check rows rather than footers. Timestamps are UTC instants stored as Parquet INT96 (Spark's default), which DuckDB and pandas read as a timestamp without a zone: read them as UTC. Key columns documented as nullable (`published_date` of an undated document, `source`) hold nulls: join them with `IS NOT DISTINCT FROM`, not `=`.\n");
    for (TableSchema table : tables) {
      md.append("\n## ")
          .append(table.name())
          .append(" (v")
          .append(table.version())
          .append(")\n\n")
          .append("Grain: ")
          .append(table.grain())
          .append(". Keys: `")
          .append(String.join("`, `", table.keys()))
          .append("`.");
      if (!table.partitionColumns().isEmpty()) {
        md.append(" Partitioned by `")
            .append(String.join("`, `", table.partitionColumns()))
            .append("`.");
      }
      md.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
      appendFields(md, table.schema(), "");
    }
    return md.toString();
  }

  private static void appendFields(StringBuilder md, StructType struct, String prefix) {
    for (StructField field : struct.fields()) {
      md.append("| `")
          .append(prefix)
          .append(field.name())
          .append("` | ")
          .append(field.dataType().simpleString().replace("|", "\\|"))
          .append(" | ")
          .append(field.nullable() ? "yes" : "no")
          .append(" | ")
          .append(Columns.description(field).replace("|", "\\|"))
          .append(" |\n");
      DataType type = field.dataType() instanceof ArrayType a ? a.elementType() : field.dataType();
      if (type instanceof StructType nested) {
        appendFields(md, nested, prefix + field.name() + ".");
      }
    }
  }

  /** Writes every table's current version file and the dictionary; older versions stay. */
  public static void writeAll(Path dir, List<TableSchema> tables) {
    try {
      Files.createDirectories(dir);
      for (TableSchema table : tables) {
        Files.writeString(dir.resolve(fileName(table)), render(table), StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve(DICTIONARY), dictionary(tables), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing schema files to " + dir, e);
    }
  }
}
