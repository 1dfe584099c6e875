package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.newsstance.testing.BuiltArtifacts;

/**
 * The jars built for spark-submit carry what a cluster lacks and nothing it has: a class in both
 * the app jar and Spark's classpath is two versions of one library in one JVM, and a service
 * provider for a JDK or Spark interface silently replaces the cluster's implementation for every
 * library in the executor (Xerces taking over the JDK's XML parsers, for instance).
 */
class PackagingIT {
  private static final String SERVICES = "META-INF/services/";
  private static final String MODELS = "edu/stanford/nlp/models/";

  @Test
  void appJarSharesNoClassWithSparksClasspath() {
    Set<String> spark = sparkEntries();
    assertThat(entries(BuiltArtifacts.appJar()))
        .filteredOn(e -> e.endsWith(".class") && !e.startsWith("META-INF/"))
        .filteredOn(spark::contains)
        .isEmpty();
  }

  @Test
  void appJarProvidesNoServiceOfTheJdkOrSpark() {
    Set<String> spark = sparkEntries();
    List<String> services =
        entries(BuiltArtifacts.appJar()).stream()
            .filter(e -> e.startsWith(SERVICES) && e.length() > SERVICES.length())
            .map(e -> e.substring(SERVICES.length()))
            .toList();
    assertThat(services)
        .filteredOn(s -> isJdkClass(s) || spark.contains(s.replace('.', '/') + ".class"))
        .isEmpty();
  }

  @Test
  void modelsTravelInTheModelJarOnly() {
    assertThat(entries(BuiltArtifacts.appJar())).noneMatch(e -> e.startsWith(MODELS));
    assertThat(entries(BuiltArtifacts.modelJar()))
        .filteredOn(e -> !e.endsWith("/") && !e.startsWith("META-INF/"))
        .isNotEmpty()
        .allMatch(e -> e.startsWith(MODELS));
  }

  /** Every file in the jars of Spark's classpath. */
  private static Set<String> sparkEntries() {
    Set<String> all = new HashSet<>();
    for (String jar : BuiltArtifacts.sparkClasspath().split(":")) {
      all.addAll(entries(Path.of(jar)));
    }
    return all;
  }

  private static boolean isJdkClass(String name) {
    try {
      Class.forName(name, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<String> entries(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(jar.toString(), e);
    }
  }
}
