package org.newsstance.ingest;

import java.util.Locale;
import java.util.Optional;

/** Checks a document must pass before NLP; a failure quarantines it with the reason. */
public final class DocumentChecks {
  private DocumentChecks() {}

  public static Optional<Quarantined> problem(RawDocument doc) {
    EnglishDetector.Verdict verdict = EnglishDetector.judge(doc.text());
    if (!verdict.english()) {
      String detail =
          String.format(
              Locale.ROOT,
              "the text does not look English (%.0f%% English function words in %d words, %.0f%% Latin"
                  + " letters); the CoreNLP models this job loads are English, so scoring it would be noise",
              100 * verdict.functionWordShare(),
              verdict.words(),
              100 * verdict.latinShare());
      return Optional.of(
          Quarantined.of(doc.origin(), QuarantineReason.NON_ENGLISH, detail, doc.text())
              .withDocId(doc.docId()));
    }
    return Optional.empty();
  }
}
