package org.newsstance.job;

import java.util.function.Predicate;

/** What the causes of a failure say: for {@link UserError}'s why and fix, and for the analysis. */
public final class FailureCauses {
  private FailureCauses() {}

  /** The first of the failure and its causes that matches, or null. */
  public static Throwable find(Throwable e, Predicate<Throwable> matches) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (matches.test(t)) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The first I/O exception among the causes, or null. */
  static Throwable io(Throwable e) {
    return find(e, t -> t instanceof java.io.IOException);
  }

  /**
   * Whether Spark gave up because executors died: their shuffle output is gone or the task's
   * executor was lost. The executor's own out-of-memory error stays in its log, not in the cause.
   */
  static boolean executorsLost(Throwable e) {
    return find(
            e,
            t -> {
              String message = String.valueOf(t.getMessage());
              return t instanceof OutOfMemoryError
                  || message.contains("ExecutorLostFailure")
                  || message.contains("MetadataFetchFailedException")
                  || message.contains("Missing an output location for shuffle")
                  || message.contains("OutOfMemoryError");
            })
        != null;
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
