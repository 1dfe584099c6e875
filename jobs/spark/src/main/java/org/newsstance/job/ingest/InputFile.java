package org.newsstance.job.ingest;

import java.io.Serializable;

/**
 * One entry of a corpus listing, as an executor reads it.
 *
 * @param uri where to open it: a URI string, so that names with ':' or spaces survive (Hadoop's
 *     {@code Path} parses ':' in a name as a scheme)
 * @param relative its path below the corpus root: the origin of its rows and of path-derived ids
 * @param size its length in bytes, to share the reading out evenly
 * @param problem why it cannot be read as a file (a named pipe, a broken link), or null
 */
record InputFile(String uri, String relative, long size, String problem) implements Serializable {
  static InputFile readable(String uri, String relative, long size) {
    return new InputFile(uri, relative, size, null);
  }

  static InputFile unreadable(String relative, String problem) {
    return new InputFile(null, relative, 0, problem);
  }
}
