package org.newsstance.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run removes of killed runs' remains, on a real local output folder. */
class CrashRecoveryTest {
  @TempDir Path output;

  @Test
  void aKilledRunsStagingGoesAndTheCleaningRunsOwnStays() throws IOException {
    // The cleaning run has already staged its record of the killed run (the runs-table append).
    Path own = Files.createDirectories(output.resolve("_staging/run-2/runs-run-1"));
    Path dead = Files.createDirectories(output.resolve("_staging/run-1/ingest"));
    OutputLayout layout = new OutputLayout(new org.apache.hadoop.fs.Path(output.toUri()));

    List<String> removed = new CrashRecovery(layout, new Configuration()).clean("run-2");

    assertThat(removed).singleElement().asString().endsWith("_staging/run-1");
    assertThat(dead.getParent()).doesNotExist();
    assertThat(own).exists();
  }
}
