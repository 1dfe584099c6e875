package org.newsstance.job;

/** What the causes of a failure say, for {@link UserError}'s why and fix. */
final class FailureCauses {
  private FailureCauses() {}

  /** The first I/O exception among the causes, or null. */
  static Throwable io(Throwable e) {
    Throwable io = e;
    while (io != null && !(io instanceof java.io.IOException)) {
      io = io.getCause();
    }
    return io;
  }

  /**
   * Whether Spark gave up because executors died: their shuffle output is gone or the task's
   * executor was lost. The executor's own out-of-memory error stays in its log, not in the cause.
   */
  static boolean executorsLost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (t instanceof OutOfMemoryError
          || message.contains("ExecutorLostFailure")
          || message.contains("MetadataFetchFailedException")
          || message.contains("Missing an output location for shuffle")
          || message.contains("OutOfMemoryError")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * An I/O failure as a reason: the exception's kind and message, since many carry only a path
   * ("FileAlreadyExistsException: /data/out" says what "/data/out" alone does not).
   */
  static String reason(Throwable cause) {
    String message = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }
}
