package org.newsstance.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;

/**
 * Partition folders of a table ({@code published_date=2026-02-06}) and carrying untouched ones from
 * one snapshot to the next by hard link: the new snapshot gets its own directory entries for the
 * same immutable files, so deleting the old snapshot later leaves them readable, and no byte is
 * copied.
 */
final class PartitionFolders {
  private PartitionFolders() {}

  /**
   * The folder (relative to the table) Spark writes a row with these partition values to; values
   * are given as Spark casts them to strings.
   */
  static String folderOf(List<String> columns, Row values) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      parts.add(
          ExternalCatalogUtils.getPartitionPathString(
              columns.get(i), values.isNullAt(i) ? null : values.getString(i)));
    }
    return String.join("/", parts);
  }

  /** Leaf partition folders under a local table folder, relative to it. */
  static Set<String> list(Path table, int depth) {
    Set<String> folders = new TreeSet<>();
    collect(java.nio.file.Path.of(table.toUri()), "", depth, folders);
    return folders;
  }

  private static void collect(
      java.nio.file.Path dir, String prefix, int depth, Set<String> folders) {
    if (depth == 0) {
      folders.add(prefix);
      return;
    }
    try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(dir)) {
      for (java.nio.file.Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry) && name.contains("=")) {
          collect(entry, prefix.isEmpty() ? name : prefix + "/" + name, depth - 1, folders);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + dir, e);
    }
  }

  /** Data files in one partition folder of a local table. */
  static int dataFileCount(Path table, String folder) {
    try (DirectoryStream<java.nio.file.Path> files =
        Files.newDirectoryStream(java.nio.file.Path.of(table.toUri()).resolve(folder))) {
      int count = 0;
      for (java.nio.file.Path file : files) {
        count += isData(file) ? 1 : 0;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + folder + " of " + table, e);
    }
  }

  /**
   * Links every data file of {@code folder} of the old table into the same folder of the new one
   * (copies where the file system refuses links).
   */
  static void carryOver(Path fromTable, Path toTable, String folder) {
    java.nio.file.Path from = java.nio.file.Path.of(fromTable.toUri()).resolve(folder);
    java.nio.file.Path to = java.nio.file.Path.of(toTable.toUri()).resolve(folder);
    try {
      Files.createDirectories(to);
      try (DirectoryStream<java.nio.file.Path> files = Files.newDirectoryStream(from)) {
        for (java.nio.file.Path file : files) {
          if (isData(file)) {
            link(file, to.resolve(file.getFileName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("carrying " + folder + " over to " + toTable, e);
    }
  }

  // Checksum side files (.crc) and markers are not data; readers skip them anyway.
  private static boolean isData(java.nio.file.Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && !name.startsWith(".") && !name.startsWith("_");
  }

  private static void link(java.nio.file.Path existing, java.nio.file.Path link)
      throws IOException {
    try {
      Files.createLink(link, existing);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(existing, link);
    }
  }
}
