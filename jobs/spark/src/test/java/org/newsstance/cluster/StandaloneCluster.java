package org.newsstance.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsstance.testing.BuiltArtifacts;
import org.newsstance.testing.ProjectFiles;

/**
 * A Spark standalone cluster on 127.0.0.1, started from the jars Maven resolved (no Spark download
 * exists here): one master and N workers, each a JVM of its own. Closing it stops every process it
 * started, executors included, by PID; so does this JVM's exit if a test is interrupted.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final String MASTER = "org.apache.spark.deploy.master.Master";
  private static final String WORKER = "org.apache.spark.deploy.worker.Worker";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  private final Path dir;
  private final List<Process> workers = new ArrayList<>();
  private Process master;
  private String masterUrl;
  private int masterUiPort;

  private StandaloneCluster(Path dir) {
    this.dir = dir;
  }

  /**
   * Starts a master and {@code workers} workers of {@code coresPerWorker} cores and {@code
   * memoryPerWorker} (what the worker may hand to executors, e.g. {@code 3g}) each, and waits until
   * the master counts them all alive. Logs and the workers' work folders go below {@code dir}.
   */
  static StandaloneCluster start(
      Path dir, int workers, int coresPerWorker, String memoryPerWorker) {
    return start(dir, workers, coresPerWorker, memoryPerWorker, false);
  }

  /**
   * As {@link #start(Path, int, int, String)}; with {@code pinned}, worker i and the executors it
   * launches (children inherit CPU affinity) may run only on CPUs i*cores … (i+1)*cores-1 of this
   * machine, as a worker host of that many cores would. Unpinned, a one-core worker's executor
   * still compiles and collects garbage on every idle core of the machine.
   */
  static StandaloneCluster start(
      Path dir, int workers, int coresPerWorker, String memoryPerWorker, boolean pinned) {
    int cpus = Runtime.getRuntime().availableProcessors();
    if (pinned && workers * coresPerWorker > cpus) {
      // taskset would refuse a CPU the machine lacks, and the worker would die unexplained.
      throw new IllegalArgumentException(
          workers
              + " workers of "
              + coresPerWorker
              + " cores cannot each have their own CPUs on a"
              + " machine with "
              + cpus);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StandaloneCluster cluster = new StandaloneCluster(dir);
    try {
      cluster.startMaster();
      for (int i = 0; i < workers; i++) {
        cluster.startWorker(i, coresPerWorker, memoryPerWorker, pinned);
      }
      cluster.awaitAliveWorkers(workers);
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  /** The worker JVMs this cluster started. */
  List<ProcessHandle> workers() {
    return workers.stream().map(Process::toHandle).toList();
  }

  /** The master and worker JVMs: the cluster's daemons. */
  List<ProcessHandle> daemons() {
    List<ProcessHandle> daemons = new ArrayList<>(workers());
    daemons.add(master.toHandle());
    return daemons;
  }

  /** The executor JVMs the workers run now (their child processes). */
  List<ProcessHandle> executors() {
    return workers().stream().flatMap(ProcessHandle::children).toList();
  }

  /** Where the master, the workers and their executors write their logs. */
  Path logs() {
    return dir;
  }

  private void startMaster() {
    int port = freePort();
    masterUiPort = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    master =
        Processes.startSparkJvm(
            "256m",
            MASTER,
            List.of(
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--webui-port",
                Integer.toString(masterUiPort)),
            Map.of(),
            dir.resolve("master.log"));
  }

  private void startWorker(int i, int cores, String memory, boolean pinned) {
    Path workDir = dir.resolve("worker-" + i);
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> launcher =
        pinned ? List.of("taskset", "-c", (i * cores) + "-" + ((i + 1) * cores - 1)) : List.of();
    workers.add(
        Processes.startSparkJvm(
            launcher,
            List.of(),
            "256m",
            WORKER,
            List.of(
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0",
                "--cores",
                Integer.toString(cores),
                "--memory",
                memory,
                "--work-dir",
                workDir.toString(),
                masterUrl),
            Map.of(
                // Executors are launched from SPARK_HOME/jars; Scala's version names the build.
                "SPARK_HOME", sparkHome().toString(),
                "SPARK_SCALA_VERSION", "2.13",
                "JAVA_HOME", System.getProperty("java.home")),
            dir.resolve("worker-" + i + ".log")));
  }

  /** A SPARK_HOME whose jars/ links to the jars of Spark's classpath: what a worker needs. */
  private Path sparkHome() {
    Path home = dir.resolve("spark-home");
    Path jars = home.resolve("jars");
    try {
      if (!Files.isDirectory(jars)) {
        Files.createDirectories(jars);
        for (String entry : BuiltArtifacts.sparkClasspath().split(":")) {
          Path jar = Path.of(entry);
          Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return home;
  }

  private void awaitAliveWorkers(int expected) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    HttpClient http = HttpClient.newHttpClient();
    URI state = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
    int alive = -1;
    while (System.nanoTime() < deadline) {
      if (!master.isAlive() || workers.stream().anyMatch(w -> !w.isAlive())) {
        throw new IllegalStateException("a cluster process died at start; see " + logsText());
      }
      try {
        String body =
            http.send(HttpRequest.newBuilder(state).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode json = new ObjectMapper().readTree(body);
        alive = json.path("aliveworkers").asInt(-1);
        if (alive == expected) {
          return;
        }
      } catch (IOException notUpYet) {
        // the master's UI is not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException(
        "the master counts " + alive + " of " + expected + " workers alive; see " + logsText());
  }

  /** The logs of the master and workers, for failure messages. */
  String logsText() {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        out.append("\n--- ").append(log).append('\n').append(ProjectFiles.read(log));
      }
    } catch (IOException e) {
      out.append(e);
    }
    return out.toString();
  }

  @Override
  public void close() {
    workers.forEach(Processes::stop);
    if (master != null) {
      Processes.stop(master);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
