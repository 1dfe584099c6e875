package org.newsstance.ingest;

/** Short, printable excerpts of raw input for the quarantine table. */
public final class Excerpts {
  private Excerpts() {}

  /**
   * The first {@code max} characters with control characters (other than white space) and bytes
   * that were not valid UTF-8 ({@link Utf8Text#INVALID_MARK}) shown as U+FFFD.
   */
  public static String printable(String raw, int max) {
    if (raw == null) {
      return null;
    }
    String head = raw.length() > max ? raw.substring(0, max) : raw;
    StringBuilder out = new StringBuilder(head.length());
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
      out.append(control || c == Utf8Text.INVALID_MARK ? '\uFFFD' : c);
    }
    return out.toString();
  }
}
