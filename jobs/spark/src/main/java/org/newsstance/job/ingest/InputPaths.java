package org.newsstance.job.ingest;

/** Paths of input files relative to the corpus root, which become origins and path-derived ids. */
final class InputPaths {
  private InputPaths() {}

  /**
   * The part of {@code fileUri} below {@code rootUri}; the file name when the root is the file
   * itself. Hadoop may render {@code file:/x} or {@code file:///x}, so both are compared without
   * scheme slashes.
   */
  static String relativize(String rootUri, String fileUri) {
    String root = normalise(rootUri);
    String file = normalise(fileUri);
    if (file.equals(root) || !file.startsWith(root)) {
      return file.substring(file.lastIndexOf('/') + 1);
    }
    String rest = file.substring(root.length());
    return rest.startsWith("/") ? rest.substring(1) : rest;
  }

  private static String normalise(String uri) {
    String s = uri.replaceFirst("^file:/+", "/");
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
