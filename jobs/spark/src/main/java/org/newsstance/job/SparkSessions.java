package org.newsstance.job;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the job's SparkSession. The master is never set here: spark-submit sets it on a cluster,
 * and {@code bin/newsstance} passes {@code spark.master=local[*]} for laptop runs.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName) {
    return SparkSession.builder()
        .appName(appName)
        // Dates and timestamps are UTC in every table, whatever the machine's zone.
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .getOrCreate();
  }
}
