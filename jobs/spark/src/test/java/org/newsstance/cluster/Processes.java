package org.newsstance.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.newsstance.testing.BuiltArtifacts;
import org.newsstance.testing.ProjectFiles;

/**
 * Starting the JVMs a cluster is made of, and stopping them by PID with everything they started;
 * whatever is still running when this JVM exits (a test interrupted, a timeout) is stopped then.
 */
final class Processes {
  private static final long GRACE_SECONDS = 15;
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> List.copyOf(RUNNING).forEach(Processes::stop), "stop-started-processes"));
  }

  private Processes() {}

  /**
   * A JVM with Spark's jars only (what a cluster installs), its output in {@code log}, bound to
   * 127.0.0.1.
   */
  static Process startSparkJvm(
      String heap, String mainClass, List<String> args, Map<String, String> env, Path log) {
    return startSparkJvm(List.of(), List.of(), heap, mainClass, args, env, log);
  }

  /**
   * The same JVM started through {@code launcher} (e.g. {@code taskset -c 1}, which execs the JVM
   * in its own process, so the PID stays the JVM's), with {@code jvmOptions} (a submit line's
   * {@code --driver-java-options}).
   */
  static Process startSparkJvm(
      List<String> launcher,
      List<String> jvmOptions,
      String heap,
      String mainClass,
      List<String> args,
      Map<String, String> env,
      Path log) {
    List<String> command = new ArrayList<>(launcher);
    command.add(BuiltArtifacts.javaBinary().toString());
    command.add("-Xmx" + heap);
    command.addAll(jvmOptions);
    command.add(
        "-Dlog4j2.configurationFile=" + ProjectFiles.root().resolve("bin/log4j2.properties"));
    command.add("-cp");
    command.add(BuiltArtifacts.sparkClasspath());
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      RUNNING.add(process);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops a process and every process it started (a worker's executors), by PID: SIGTERM first so
   * that they can clean up, SIGKILL for whatever still runs after a grace period.
   */
  static void stop(Process started) {
    RUNNING.remove(started);
    List<ProcessHandle> all = new ArrayList<>(started.descendants().toList());
    all.add(0, started.toHandle());
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
    for (ProcessHandle p : all) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        p.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (Exception stillRunning) {
        p.destroyForcibly();
      }
    }
  }
}
