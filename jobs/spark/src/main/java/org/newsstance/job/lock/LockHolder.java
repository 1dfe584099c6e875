package org.newsstance.job.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds an output's lock: the content of {@code OUTPUT/_lock}, refreshed by the holder's
 * heartbeat.
 *
 * @param ttlSeconds how long after its last heartbeat the holder counts as dead
 */
public record LockHolder(
    String runId, String host, long pid, Instant startedAt, Instant heartbeatAt, long ttlSeconds) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** This process, as a holder. */
  static LockHolder self(String runId, Instant now, long ttlSeconds) {
    return new LockHolder(runId, localHost(), ProcessHandle.current().pid(), now, now, ttlSeconds);
  }

  LockHolder beat(Instant now) {
    return new LockHolder(runId, host, pid, startedAt, now, ttlSeconds);
  }

  /** The same holder with no time to live: dead to every run, on any host, from now on. */
  LockHolder abandoned() {
    return new LockHolder(runId, host, pid, startedAt, heartbeatAt, 0);
  }

  /**
   * Dead for certain when it ran on this host and its process is gone; presumed dead when its
   * heartbeat is older than its TTL (another host, or a process id reused since).
   */
  public boolean isDead(Instant now) {
    boolean sameHost = host.equals(localHost());
    if (sameHost && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
      return true;
    }
    return heartbeatAt.plusSeconds(ttlSeconds).isBefore(now);
  }

  public String describe() {
    return String.format(
        Locale.ROOT,
        "run %s on %s, pid %d, started %s, last heartbeat %s",
        runId,
        host,
        pid,
        startedAt,
        heartbeatAt);
  }

  public String toJson() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("run_id", runId);
    map.put("host", host);
    map.put("pid", pid);
    map.put("started_at", startedAt.toString());
    map.put("heartbeat_at", heartbeatAt.toString());
    map.put("ttl_seconds", ttlSeconds);
    try {
      return JSON.writeValueAsString(map) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The holder in a lock file, or empty when the file is not (yet) complete. */
  static Optional<LockHolder> parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.has("heartbeat_at")) {
        return Optional.empty();
      }
      return Optional.of(
          new LockHolder(
              node.get("run_id").asText(),
              node.get("host").asText(),
              node.get("pid").asLong(),
              Instant.parse(node.get("started_at").asText()),
              Instant.parse(node.get("heartbeat_at").asText()),
              node.get("ttl_seconds").asLong()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
    }
  }
}
