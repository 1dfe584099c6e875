package org.newsstance.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions Maven wrote into the build (a shaded jar loses the dependencies' manifests). */
public final class BuildVersions {
  private static final String RESOURCE = "/org/newsstance/build-versions.properties";

  private BuildVersions() {}

  /** The CoreNLP version the job was built with ("4.5.10"). */
  public static String corenlp() {
    return property("corenlp.version");
  }

  /** This project's version ("0.1.0-SNAPSHOT"). */
  public static String newsstance() {
    return property("newsstance.version");
  }

  private static String property(String name) {
    try (InputStream in = BuildVersions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
