package org.newsstance.score.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Loads a model file from this package, or from any stream (the trainer's fresh models). */
final class ModelResources {
  private ModelResources() {}

  static LinearModel model(String resource) {
    try (InputStream in = open(resource)) {
      return LinearModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String version(String... resources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String resource : resources) {
        try (InputStream in = open(resource)) {
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = MentionSentimentScorer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "model resource " + resource + " missing: run train-sentiment and commit its output");
    }
    return in;
  }
}
