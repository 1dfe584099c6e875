package org.newsstance.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a failed run's row says in runs.error. */
class RunRecorderTest {
  @Test
  void aFailureWithAStackTraceInItsMessageKeepsItsFirstLine() {
    // As Spark words a stage failure: the executor's stack trace inside the message.
    String message =
        "Job aborted due to stage failure: Task 0 in stage 30.0 failed 4 times, most recent"
            + " failure: Lost task 0.3 (executor 2): java.lang.OutOfMemoryError: Java heap space\n"
            + "\tat edu.stanford.nlp.parser.shiftreduce.ShiftReduceParser.loadModel(X.java:1)\n"
            + "\tat edu.stanford.nlp.pipeline.ParserAnnotator.<init>(Y.java:2)\n";
    String error = RunRecorder.errorColumn(new IllegalStateException(message));

    assertThat(error)
        .startsWith("java.lang.IllegalStateException: Job aborted due to stage failure")
        .contains("java.lang.OutOfMemoryError: Java heap space")
        .endsWith("(cut; the run's log has the whole error)")
        .doesNotContain("ShiftReduceParser");
  }

  @Test
  void aOneLineFailureIsKeptWhole() {
    assertThat(RunRecorder.errorColumn(new IllegalStateException("injected failure")))
        .isEqualTo("java.lang.IllegalStateException: injected failure");
  }

  @Test
  void aVeryLongLineIsCut() {
    String error = RunRecorder.errorColumn(new IllegalStateException("x".repeat(5000)));
    assertThat(error).hasSizeLessThan(RunRecorder.ERROR_CHARS + 60).endsWith("whole error)");
  }
}
