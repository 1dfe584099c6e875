package org.newsstance.job.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsstance.ingest.InputFormat;

/**
 * The files of a corpus, listed once per run on the driver, with every entry that cannot be read as
 * a file (a named pipe, a broken link, a folder the job may not open) kept as an entry to
 * quarantine, never dropped. Files and folders whose names start with "." or "_" are hidden, as
 * Hadoop treats them. A local corpus is walked with java.nio: Hadoop's local file system lists a
 * named pipe as a file (reading it blocks the run), skips a broken link silently, fails the whole
 * listing on one folder it may not open, and cannot open a name holding ':'.
 */
final class CorpusListing {
  private static final String NOT_A_FILE =
      "not a regular file (a named pipe, socket or device): reading it could block the run, so it"
          + " is not read; remove it from the corpus folder";
  private static final String BROKEN_LINK =
      "a symbolic link whose target does not exist; fix the link or remove it";
  private static final String LOOP =
      "a symbolic link back to a folder above it; not followed (the folder is read once)";

  private CorpusListing() {}

  /**
   * Every entry below {@code root} (or {@code root} itself when it is a file), by relative path.
   */
  static List<InputFile> list(FileSystem fs, Path root) throws IOException {
    List<InputFile> files =
        "file".equals(root.toUri().getScheme())
            ? listLocal(java.nio.file.Path.of(root.toUri()))
            : listHadoop(fs, root);
    return files.stream().sorted(Comparator.comparing(InputFile::relative)).toList();
  }

  /** Whether the corpus holds text files, which must be paired with their metadata sidecars. */
  static boolean holdsTextFiles(List<InputFile> files, InputFormat forcedFormat) {
    if (forcedFormat != null) {
      return forcedFormat == InputFormat.TEXT;
    }
    return files.stream()
        .anyMatch(f -> f.problem() == null && InputFormat.detect(f.relative()) == InputFormat.TEXT);
  }

  private static List<InputFile> listLocal(java.nio.file.Path root) throws IOException {
    List<InputFile> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(
              java.nio.file.Path dir, BasicFileAttributes attrs) {
            return hidden(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
            if (hidden(root, file)) {
              return FileVisitResult.CONTINUE;
            }
            String relative = relative(root, file);
            if (attrs.isRegularFile()) {
              files.add(InputFile.readable(file.toUri().toString(), relative, attrs.size()));
            } else {
              // With FOLLOW_LINKS, a link's own attributes arrive only when its target is missing.
              files.add(
                  InputFile.unreadable(
                      relative, attrs.isSymbolicLink() ? BROKEN_LINK : NOT_A_FILE));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
            if (!hidden(root, file)) {
              String problem =
                  e instanceof FileSystemLoopException
                      ? LOOP
                      : "could not be listed ("
                          + e
                          + "); check that the job's user may read it, or remove it";
              files.add(InputFile.unreadable(relative(root, file), problem));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private static List<InputFile> listHadoop(FileSystem fs, Path root) throws IOException {
    List<InputFile> files = new ArrayList<>();
    String rootUri = root.toString();
    if (fs.getFileStatus(root).isFile()) {
      String name = root.getName();
      files.add(InputFile.readable(root.toUri().toString(), name, fs.getFileStatus(root).getLen()));
      return files;
    }
    RemoteIterator<LocatedFileStatus> statuses = fs.listFiles(root, true);
    while (statuses.hasNext()) {
      LocatedFileStatus status = statuses.next();
      String relative = InputPaths.relativize(rootUri, status.getPath().toString());
      if (!hidden(relative)) {
        files.add(
            InputFile.readable(status.getPath().toUri().toString(), relative, status.getLen()));
      }
    }
    return files;
  }

  private static boolean hidden(java.nio.file.Path root, java.nio.file.Path entry) {
    return !entry.equals(root) && hidden(entry.getFileName().toString());
  }

  /** Whether any part of a relative path starts with "." or "_". */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(java.nio.file.Path root, java.nio.file.Path file) {
    return file.equals(root)
        ? file.getFileName().toString()
        : root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }
}
