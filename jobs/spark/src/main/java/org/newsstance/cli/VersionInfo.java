package org.newsstance.cli;

import org.newsstance.job.BuildVersions;
import org.newsstance.job.incremental.CurrentPipeline;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints, for every command: the release, what its analysis is made of
 * (which tells whether two releases write the same rows), and the runtime it runs on.
 */
final class VersionInfo implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "newsstance " + BuildVersions.newsstance(),
      CurrentPipeline.describe(),
      "Spark "
          + org.apache.spark.package$.MODULE$.SPARK_VERSION()
          + ", Java "
          + System.getProperty("java.version")
    };
  }
}
