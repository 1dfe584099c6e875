package org.newsstance.job.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import edu.stanford.nlp.util.MetaClass;
import org.junit.jupiter.api.Test;

/** Which analysis failures are the document's (quarantined) and which the executor's (rethrown). */
class AnalyzeDocumentsTest {
  /** An annotator whose construction runs out of memory, as a 1 GB executor's did. */
  public static final class HungryAnnotator {
    public HungryAnnotator() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void memoryRunningOutWhileCoreNlpBuildsAnAnnotatorIsTheExecutorsFailure() {
    // CoreNLP builds annotators by reflection and wraps what their constructor throws in a
    // RuntimeException (measured on a standalone cluster with 1 GB executors).
    Throwable thrown =
        catchThrowable(() -> MetaClass.create(HungryAnnotator.class.getName()).createInstance());
    assertThat(thrown).isInstanceOf(RuntimeException.class);
    assertThat(AnalyzeDocuments.isExecutorFailure(thrown)).isTrue();
  }

  @Test
  void aDocumentsOwnFailureIsNot() {
    assertThat(
            AnalyzeDocuments.isExecutorFailure(
                new IllegalStateException("no tree", new IndexOutOfBoundsException("7"))))
        .isFalse();
  }
}
