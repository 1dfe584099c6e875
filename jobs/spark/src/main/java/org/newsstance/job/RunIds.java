package org.newsstance.job;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids sort by start time ({@code 20261126T130102Z-4f2a}), so snapshot folders list in order.
 */
public final class RunIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RunIds() {}

  public static String next(Instant now) {
    return FORMAT.format(now)
        + String.format(Locale.ROOT, "-%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
