package org.newsstance.annotate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsstance.ingest.Hashes;

/**
 * The actors the job knows by name: countries (generated from mledoze/countries), people, bodies
 * and groups (hand-curated), and any file the user passes with {@code --actors}, merged over them:
 * a row with an existing actor id replaces that actor, a new id is added. Immutable and small, so
 * the driver loads it once and Spark ships it to executors inside the analysis settings.
 */
public final class ActorRegistry implements Serializable {
  /** The default registry files, packaged in the jar from seeds/actors/. */
  public static final List<String> DEFAULT_RESOURCES =
      List.of(
          "/org/newsstance/seeds/actors/countries.csv", "/org/newsstance/seeds/actors/actors.csv");

  private final TreeMap<String, Actor> actors;
  private final String contentHash;

  private ActorRegistry(Map<String, Actor> actors) {
    this.actors = new TreeMap<>(actors);
    StringBuilder canonical = new StringBuilder();
    this.actors.values().forEach(a -> canonical.append(a).append('\n'));
    this.contentHash = Hashes.sha256Hex(canonical.toString()).substring(0, 16);
  }

  public static ActorRegistry of(Collection<Actor> actors) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    actors.forEach(a -> byId.put(a.actorId(), a));
    return new ActorRegistry(byId);
  }

  /** The default registry, with the user's files (if any) merged over it in order. */
  public static ActorRegistry load(List<Path> userFiles) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    for (String resource : DEFAULT_RESOURCES) {
      try (InputStream in = ActorRegistry.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "the default actor registry " + resource + " is not in the jar");
        }
        ActorCsv.read(in, resource).forEach(a -> byId.put(a.actorId(), a));
      } catch (IOException e) {
        throw new UncheckedIOException(resource, e);
      }
    }
    for (Path file : userFiles) {
      try (InputStream in = Files.newInputStream(file)) {
        ActorCsv.read(in, file.toString()).forEach(a -> byId.put(a.actorId(), a));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "reading the actor registry " + file + ": " + e.getMessage(), e);
      }
    }
    return new ActorRegistry(byId);
  }

  public Optional<Actor> get(String actorId) {
    return Optional.ofNullable(actors.get(actorId));
  }

  public Collection<Actor> actors() {
    return actors.values();
  }

  public List<Actor> people() {
    List<Actor> people = new ArrayList<>();
    actors.values().stream().filter(Actor::isPerson).forEach(people::add);
    return people;
  }

  /** Changes exactly when an actor or one of its forms changes: part of the pipeline version. */
  public String contentHash() {
    return contentHash;
  }

  public int size() {
    return actors.size();
  }
}
