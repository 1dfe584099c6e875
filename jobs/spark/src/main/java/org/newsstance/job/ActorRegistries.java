package org.newsstance.job;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsstance.annotate.registry.ActorRegistry;

/** Loads the actor registry on the driver, turning a bad --actors file into a user error. */
final class ActorRegistries {
  private ActorRegistries() {}

  static ActorRegistry load(List<String> userFiles) {
    List<Path> paths = userFiles.stream().map(Path::of).toList();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        throw UserError.usage(
            "actor registry " + path + " does not exist",
            "--actors must name a CSV file in the registry format",
            "check the path; the format is in seeds/actors/README.md");
      }
    }
    try {
      return ActorRegistry.load(paths);
    } catch (UncheckedIOException e) {
      throw UserError.usage(
          "the actor registry cannot be read: " + e.getCause().getMessage(),
          "a row or the header does not follow the registry format",
          "fix the file; the format is in seeds/actors/README.md");
    }
  }
}
