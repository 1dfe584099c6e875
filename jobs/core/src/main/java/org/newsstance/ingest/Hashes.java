package org.newsstance.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes: SHA-256 of the UTF-8 text, hex-encoded. */
public final class Hashes {
  private Hashes() {}

  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** A shorter id from the text alone, for records that bring neither an id nor a path. */
  public static String textId(String text) {
    return "sha256-" + sha256Hex(text).substring(0, 24);
  }
}
