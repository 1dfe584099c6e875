package org.newsstance.publish;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstance.publish.Columns.optional;
import static org.newsstance.publish.Columns.required;
import static org.newsstance.publish.Columns.struct;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsstance.testing.ProjectFiles;

/**
 * The schemas in code and the files in schemas/ must agree, and every version of a table must be an
 * additive evolution of the one before. Fix a failure with `bin/newsstance schemas --write` after
 * bumping the table's version in Tables if its columns changed.
 */
class SchemaFilesTest {
  private static final Path DIR = ProjectFiles.root().resolve("schemas");
  private static final String HOW_TO_FIX =
      "schemas/ is out of date: bump the table's version in Tables if its columns changed, then run"
          + " `bin/newsstance schemas --write` and commit the files";

  @Test
  void everyTableHasItsCurrentVersionFileWithExactlyTheCodeSchema() throws Exception {
    for (TableSchema table : Tables.ALL) {
      Path file = DIR.resolve(SchemaFiles.fileName(table));
      assertThat(file).as(HOW_TO_FIX).exists();
      assertThat(Files.readString(file)).as(HOW_TO_FIX).isEqualTo(SchemaFiles.render(table));
    }
  }

  @Test
  void dataDictionaryIsGeneratedFromTheCode() throws Exception {
    assertThat(Files.readString(DIR.resolve(SchemaFiles.DICTIONARY)))
        .as(HOW_TO_FIX)
        .isEqualTo(SchemaFiles.dictionary(Tables.ALL));
  }

  @Test
  void everyVersionIsAnAdditiveEvolutionOfThePreviousOne() {
    for (TableSchema table : Tables.ALL) {
      for (int v = 1; v < table.version(); v++) {
        Path older = DIR.resolve(table.name() + ".v" + v + ".json");
        Path newer = DIR.resolve(table.name() + ".v" + (v + 1) + ".json");
        assertThat(older).as("versions are kept forever: %s", older).exists();
        assertThat(SchemaEvolution.violations(SchemaFiles.read(older), SchemaFiles.read(newer)))
            .as("%s v%d -> v%d", table.name(), v, v + 1)
            .isEmpty();
      }
    }
  }

  @Test
  void evolutionRuleRejectsRemovalsRetypingAndRequiredNewColumns() {
    StructType v1 =
        struct(
            required("doc_id", StringType, ""),
            required("n", IntegerType, ""),
            required("tokens", createArrayType(struct(required("text", StringType, ""))), ""));
    StructType additive =
        struct(
            required("doc_id", StringType, ""),
            required("n", IntegerType, ""),
            required(
                "tokens",
                createArrayType(
                    struct(required("text", StringType, ""), optional("lemma", StringType, ""))),
                ""),
            optional("score", IntegerType, ""));
    assertThat(SchemaEvolution.violations(v1, additive)).isEmpty();

    StructType broken =
        struct(
            required("n", LongType, ""),
            required("tokens", createArrayType(struct(required("lemma", StringType, ""))), ""),
            required("score", IntegerType, ""));
    assertThat(SchemaEvolution.violations(v1, broken))
        .containsExactlyInAnyOrder(
            "doc_id: column removed or renamed",
            "n: type changed from int to bigint",
            "tokens[].text: column removed or renamed",
            "tokens[].lemma: new column must be nullable",
            "score: new column must be nullable");
  }
}
