package org.newsstance.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.newsstance.testing.ProjectFiles;

/**
 * A {@code spark-submit} line of the README, read from the README itself, so that the tests run
 * exactly what users copy. The README writes jars as paths from the repository root, the input as
 * {@value #INPUT} and the output as {@value #OUTPUT}; {@link #resolved} puts in real ones.
 *
 * @param args the arguments after {@code spark-submit}
 */
record SubmitLine(List<String> args) {
  static final String INPUT = "/data/news";
  static final String OUTPUT = "/data/newsstance";

  SubmitLine {
    args = List.copyOf(args);
  }

  /** The README's line whose {@code --master} starts with {@code masterPrefix}; exactly one. */
  static SubmitLine fromReadme(String masterPrefix) {
    List<SubmitLine> matching =
        readmeLines().stream()
            .filter(line -> line.option("--master").startsWith(masterPrefix))
            .toList();
    if (matching.size() != 1) {
      throw new IllegalStateException(
          "README.md should have one spark-submit line with --master "
              + masterPrefix
              + "…, has "
              + matching.size());
    }
    return matching.get(0);
  }

  /** Every {@code spark-submit} command in the README's code blocks, continuation lines joined. */
  static List<SubmitLine> readmeLines() {
    String readme = ProjectFiles.read(ProjectFiles.root().resolve("README.md"));
    String joined = readme.replace("\\\n", " ");
    List<SubmitLine> lines = new ArrayList<>();
    for (String line : joined.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("spark-submit ")) {
        List<String> words = Arrays.asList(trimmed.split("\\s+"));
        lines.add(new SubmitLine(words.subList(1, words.size())));
      }
    }
    return lines;
  }

  /** This line with more arguments for the job (after the README's own). */
  SubmitLine withJobArguments(List<String> more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(more);
    return new SubmitLine(all);
  }

  /** This line with Spark property {@code key} set to {@code value}, replacing the line's own. */
  SubmitLine withConf(String key, String value) {
    List<String> all = new ArrayList<>(List.of("--conf", key + "=" + value));
    for (int i = 0; i < args.size(); i++) {
      if (setsConf(i, key)) {
        i++;
      } else {
        all.add(args.get(i));
      }
    }
    return new SubmitLine(all);
  }

  /** The value of Spark property {@code key} set by a {@code --conf}, or "" when none sets it. */
  String conf(String key) {
    for (int i = 0; i < args.size(); i++) {
      if (setsConf(i, key)) {
        return args.get(i + 1).substring(key.length() + 1);
      }
    }
    return "";
  }

  /** Whether the arguments at {@code i} are {@code --conf key=…}. */
  private boolean setsConf(int i, String key) {
    return args.get(i).equals("--conf")
        && i + 1 < args.size()
        && args.get(i + 1).startsWith(key + "=");
  }

  /** The value after {@code name}, or "" when the line does not have the option. */
  String option(String name) {
    int i = args.indexOf(name);
    return i < 0 || i + 1 >= args.size() ? "" : args.get(i + 1);
  }

  /** The options before the application jar: what spark-submit reads, not what the job reads. */
  List<String> submitOptions() {
    return args.subList(0, applicationJarIndex());
  }

  /** The arguments after the application jar: the job's own command line. */
  List<String> jobArguments() {
    return args.subList(applicationJarIndex() + 1, args.size());
  }

  private int applicationJarIndex() {
    for (int i = 0; i < args.size(); i++) {
      boolean isOptionValue = i > 0 && args.get(i - 1).startsWith("--");
      if (!isOptionValue && !args.get(i).startsWith("--")) {
        return i;
      }
    }
    throw new IllegalStateException("no application jar in " + args);
  }

  /**
   * This line with a real master (null keeps the README's), input and output, and its jars resolved
   * from the repository root, where {@code ./mvnw package} built them.
   */
  List<String> resolved(String master, Path input, Path output) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String previous = i == 0 ? "" : args.get(i - 1);
      String arg = args.get(i);
      if (previous.equals("--master") && master != null) {
        out.add(master);
      } else if (previous.equals("--input") && arg.equals(INPUT)) {
        out.add(input.toString());
      } else if (previous.equals("--output") && arg.equals(OUTPUT)) {
        out.add(output.toString());
      } else if (arg.endsWith(".jar")) {
        out.add(
            Arrays.stream(arg.split(","))
                .map(SubmitLine::builtJar)
                .collect(Collectors.joining(",")));
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  private static String builtJar(String relative) {
    Path jar = ProjectFiles.root().resolve(relative);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "README.md names " + relative + ", which `./mvnw package` did not build");
    }
    return jar.toString();
  }
}
