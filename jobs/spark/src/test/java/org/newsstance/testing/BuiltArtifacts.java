package org.newsstance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The artifacts `package` built, for integration tests that launch JVMs the way users do. */
public final class BuiltArtifacts {
  private BuiltArtifacts() {}

  private static Path sparkTarget() {
    return ProjectFiles.root().resolve("jobs/spark/target");
  }

  /** The jar users pass to spark-submit. */
  public static Path appJar() {
    return only(sparkTarget(), "newsstance-spark-", "-app.jar");
  }

  /** The slim CoreNLP model jar users pass with --jars. */
  public static Path modelJar() {
    return only(ProjectFiles.root().resolve("jobs/models/target"), "newsstance-models-", ".jar");
  }

  /** Spark's own jars, as a cluster provides them (no project code, no CoreNLP). */
  public static String sparkClasspath() {
    try {
      return Files.readString(
              ProjectFiles.root().resolve("jobs/spark-runtime/target/spark-classpath.txt"),
              StandardCharsets.UTF_8)
          .strip();
    } catch (IOException e) {
      throw new UncheckedIOException("run `./mvnw package` first", e);
    }
  }

  /**
   * The README's local spark-submit line, run through {@code SparkSubmit} with only Spark's jars on
   * the classpath, followed by the application's arguments.
   */
  public static List<String> sparkSubmit(String... appArgs) {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary().toString(),
                "-Xmx3g",
                "-Dlog4j2.configurationFile="
                    + ProjectFiles.root().resolve("bin/log4j2.properties"),
                "-cp",
                sparkClasspath(),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "local[2]",
                "--class",
                "org.newsstance.cli.Main",
                "--jars",
                modelJar().toString(),
                "--conf",
                "spark.ui.enabled=false",
                appJar().toString()));
    command.addAll(List.of(appArgs));
    return command;
  }

  public static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  private static Path only(Path dir, String prefix, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> suffix.equals("-app.jar") || !p.getFileName().toString().contains("-app"))
          .filter(p -> !p.getFileName().toString().endsWith("-tests.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no " + prefix + "*" + suffix + " in " + dir + "; run `./mvnw package`"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
