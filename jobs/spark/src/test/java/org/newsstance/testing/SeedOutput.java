package org.newsstance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsstance.job.RunSummary;
import org.newsstance.segment.ParagraphMode;

/**
 * The output of one job run on seeds/corpus, made once per test JVM and shared by the test classes
 * that only read it (the run costs tens of seconds; its tables do not change once published).
 */
public final class SeedOutput extends SparkTest {
  private static Path output;
  private static RunSummary summary;

  private SeedOutput() {}

  /** The run's summary, as the job returned it. */
  public static synchronized RunSummary summary() {
    get();
    return summary;
  }

  public static synchronized Path get() {
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("newsstance-seed-output-");
        summary =
            run(config(ProjectFiles.root().resolve("seeds/corpus"), dir, ParagraphMode.BLANK_LINE));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        output = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp folder left behind costs only disk space.
    }
  }
}
