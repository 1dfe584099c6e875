package org.newsstance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark's JVM holds: peak resident memory, and live heap after a part. */
public final class ProcessMemory {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessMemory() {}

  /**
   * The process's peak resident set ({@code VmHWM}) in MB, or -1 where {@code /proc} does not exist
   * (not Linux).
   */
  public static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          // "VmHWM:  1234567 kB"
          String kb = line.substring("VmHWM:".length()).strip().split("\\s+")[0];
          return Long.parseLong(kb) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Heap in use after a full collection, in MB: what the part left alive (its models, mostly),
   * rather than garbage the collector has not reached yet.
   */
  public static long liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  public static long maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  public static String describe() {
    return String.format(Locale.ROOT, "peak RSS %d MB, max heap %d MB", peakRssMb(), maxHeapMb());
  }
}
