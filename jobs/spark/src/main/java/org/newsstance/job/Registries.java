package org.newsstance.job;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.score.stance.TopicRegistry;

/**
 * Loads the actor and topic registries on the driver, turning a missing or malformed --actors or
 * --topics file into a user error that names the file and the format's documentation.
 */
final class Registries {
  private static final String ACTOR_FORMAT = "seeds/actors/README.md";
  private static final String TOPIC_FORMAT = "seeds/eval/STANCE-GUIDELINES.md section 10";

  private Registries() {}

  static ActorRegistry actors(List<String> userFiles) {
    return load("actor", "--actors", ACTOR_FORMAT, userFiles, ActorRegistry::load);
  }

  static TopicRegistry topics(List<String> userFiles) {
    return load("topic", "--topics", TOPIC_FORMAT, userFiles, TopicRegistry::load);
  }

  private static <T> T load(
      String kind,
      String option,
      String format,
      List<String> userFiles,
      Function<List<Path>, T> loader) {
    List<Path> paths = userFiles.stream().map(Path::of).toList();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        throw UserError.usage(
            kind + " registry " + path + " does not exist",
            option + " must name a CSV file in the registry format",
            "check the path; the format is in " + format);
      }
    }
    try {
      return loader.apply(paths);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw UserError.usage(
          "the " + kind + " registry cannot be read: " + e.getMessage(),
          "a row or the header does not follow the registry format",
          "fix the file; the format is in " + format);
    }
  }
}
