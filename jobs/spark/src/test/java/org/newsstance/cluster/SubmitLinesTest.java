package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.testing.ProjectFiles;

/**
 * The README's spark-submit lines agree with each other. The integration tests run the local and
 * standalone lines; YARN and Kubernetes cannot run here, so this holds them to the tested ones:
 * same class, same jars, same job command, and on clusters the same memory and cores.
 */
class SubmitLinesTest {
  private static final List<String> MASTERS = List.of("local[", "spark://", "yarn", "k8s://");
  private static final List<String> CLUSTER_RESOURCES =
      List.of("--driver-memory", "--executor-memory", "--executor-cores");

  @Test
  void oneLinePerKindOfMasterAndNoOther() {
    assertThat(SubmitLine.readmeLines()).hasSameSizeAs(MASTERS);
    MASTERS.forEach(SubmitLine::fromReadme);
  }

  @Test
  void everyLineRunsTheSameClassJarsAndCommand() {
    SubmitLine tested = SubmitLine.fromReadme("spark://");
    for (String master : MASTERS) {
      SubmitLine line = SubmitLine.fromReadme(master);
      assertThat(line.option("--class")).as(master).isEqualTo("org.newsstance.cli.Main");
      assertThat(jarNames(line.option("--jars")))
          .as(master)
          .isEqualTo(jarNames(tested.option("--jars")));
      assertThat(jarNames(line.args().get(line.submitOptions().size())))
          .as(master)
          .isEqualTo(jarNames(tested.args().get(tested.submitOptions().size())));
      assertThat(line.jobArguments().get(0)).as(master).isEqualTo("run");
      assertThat(line.jobArguments()).as(master).contains("--input", "--output");
    }
  }

  @Test
  void clusterLinesAskForTheTestedMemoryAndCores() {
    SubmitLine tested = SubmitLine.fromReadme("spark://");
    for (String master : List.of("yarn", "k8s://")) {
      SubmitLine line = SubmitLine.fromReadme(master);
      for (String option : CLUSTER_RESOURCES) {
        assertThat(line.option(option))
            .as("%s %s", master, option)
            .isEqualTo(tested.option(option))
            .isNotEmpty();
      }
    }
  }

  /**
   * The JIT setting the README explains under "Memory per executor" goes wherever the analysis
   * runs: the executors on a cluster, the driver in local mode, and the launcher's JVM.
   */
  @Test
  void everyAnalysingJvmGetsTheSameJitSetting() {
    String executorOptions =
        SubmitLine.fromReadme("spark://").conf("spark.executor.extraJavaOptions");
    assertThat(executorOptions).startsWith("-XX:");
    for (String master : List.of("yarn", "k8s://")) {
      assertThat(SubmitLine.fromReadme(master).conf("spark.executor.extraJavaOptions"))
          .as(master)
          .isEqualTo(executorOptions);
    }
    assertThat(SubmitLine.fromReadme("local[").option("--driver-java-options"))
        .isEqualTo(executorOptions);
    assertThat(ProjectFiles.read(ProjectFiles.root().resolve("bin/newsstance")))
        .contains("jit_options=\"${NEWSSTANCE_JIT_OPTIONS-" + executorOptions + "}\"");
  }

  /** What bin/bench-cluster does with EXECUTOR_JAVA_OPTIONS: replace the line's value, not add. */
  @Test
  void withConfReplacesTheLinesOwnValue() {
    SubmitLine line = SubmitLine.fromReadme("spark://");
    SubmitLine changed =
        line.withConf("spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1");
    assertThat(changed.conf("spark.executor.extraJavaOptions"))
        .isEqualTo("-XX:TieredStopAtLevel=1");
    assertThat(changed.args()).hasSameSizeAs(line.args());
    assertThat(changed.jobArguments()).isEqualTo(line.jobArguments());
  }

  private static List<String> jarNames(String jars) {
    return Arrays.stream(jars.split(",")).map(j -> Path.of(j).getFileName().toString()).toList();
  }
}
