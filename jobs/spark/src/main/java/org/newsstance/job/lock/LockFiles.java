package org.newsstance.job.lock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The few file operations the lock needs, each atomic where the file system allows: on local disks
 * through java.nio (O_EXCL create, rename(2)), elsewhere through Hadoop (HDFS create without
 * overwrite and rename are atomic at the NameNode; object stores have no atomic create-if-absent,
 * see README).
 */
final class LockFiles {
  private final Configuration conf;

  LockFiles(Configuration conf) {
    this.conf = conf;
  }

  /** Creates the file with this content unless it exists; false when it does. */
  boolean createNew(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (isLocal(path)) {
      // The first run on an output creates its folder with the lock.
      Files.createDirectories(local(path).getParent());
      try {
        Files.write(local(path), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream out = fs.create(path, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  Optional<String> read(Path path) throws IOException {
    if (isLocal(path)) {
      try {
        return Optional.of(Files.readString(local(path), StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    }
    FileSystem fs = path.getFileSystem(conf);
    try (InputStream in = fs.open(path)) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Seconds since the file was last modified, by the file system's clock where it has one. */
  long ageSeconds(Path path, long nowMillis) throws IOException {
    long modified = path.getFileSystem(conf).getFileStatus(path).getModificationTime();
    return (nowMillis - modified) / 1000;
  }

  /** Replaces the file's content in one step (write beside, rename over). */
  void replace(Path path, String text) throws IOException {
    Path temp = new Path(path.getParent(), "." + path.getName() + ".beat");
    if (isLocal(path)) {
      Files.writeString(local(temp), text, StandardCharsets.UTF_8);
      Files.move(
          local(temp),
          local(path),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream out = fs.create(temp, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    FileContext.getFileContext(fs.getUri(), conf).rename(temp, path, Options.Rename.OVERWRITE);
  }

  /** Moves the file to a new name that must not exist; false when the file is gone. */
  boolean moveAway(Path path, Path to) throws IOException {
    if (isLocal(path)) {
      try {
        Files.move(local(path), local(to), StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (NoSuchFileException e) {
        return false;
      }
    }
    return path.getFileSystem(conf).rename(path, to);
  }

  void delete(Path path) throws IOException {
    if (isLocal(path)) {
      Files.deleteIfExists(local(path));
    } else {
      path.getFileSystem(conf).delete(path, false);
    }
  }

  private static boolean isLocal(Path path) {
    return "file".equals(path.toUri().getScheme());
  }

  private static java.nio.file.Path local(Path path) {
    return java.nio.file.Path.of(path.toUri());
  }
}
