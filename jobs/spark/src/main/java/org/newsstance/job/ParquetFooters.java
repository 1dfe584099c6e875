package org.newsstance.job;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.InputFile;

/** Opens a Parquet file's footer on the driver. */
public final class ParquetFooters {
  private ParquetFooters() {}

  /**
   * A reader built with the given configuration: {@code ParquetFileReader.open(file)} alone makes a
   * new Hadoop {@code Configuration} per file, which parses Hadoop's XML defaults each time (~10
   * ms, most of the cost of reading a small file's footer).
   */
  public static ParquetFileReader open(InputFile file, Configuration conf) throws IOException {
    return ParquetFileReader.open(file, HadoopReadOptions.builder(conf).build());
  }
}
