package org.newsstance.cli;

import org.newsstance.job.BuildVersions;
import org.newsstance.job.incremental.CurrentPipeline;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints, for every command: the release, what its analysis is made of, the
 * pipeline version a default run stamps on its documents (two builds that print the same one write
 * the same rows from the same input), and the runtime it runs on.
 */
final class VersionInfo implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "newsstance " + BuildVersions.newsstance(),
      CurrentPipeline.describe(),
      "pipeline version "
          + CurrentPipeline.ofDefaults().hash()
          + " with the default settings and registries (documents.pipeline_version of a default"
          + " run)",
      "Spark "
          + org.apache.spark.package$.MODULE$.SPARK_VERSION()
          + ", Java "
          + System.getProperty("java.version")
    };
  }
}
