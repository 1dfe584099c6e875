package org.newsstance.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM: {@code local[2]}, no UI, few shuffle partitions. Starting a
 * session costs seconds, so every Spark test shares it (surefire runs them in one fork).
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("newsstance-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.parquet.compression.codec", "zstd")
              .getOrCreate();
    }
    return session;
  }
}
