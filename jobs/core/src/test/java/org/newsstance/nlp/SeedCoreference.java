package org.newsstance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import org.newsstance.testing.ProjectFiles;

/** The seed article as one CoreNLP document: tagged, parsed, then run through coreference. */
final class SeedCoreference {
  private SeedCoreference() {}

  static Annotation annotate(NlpSettings parsing, NlpSettings coreference) {
    Annotation document = new Annotation(ProjectFiles.read(ProjectFiles.seedArticle()));
    CoreNlpPipelines.get(NlpSettings.light()).annotate(document);
    CoreNlpPipelines.get(parsing).annotate(document);
    // As the job's Coreference does: the job resolves actors itself, so no NER mentions.
    document.set(CoreAnnotations.MentionsAnnotation.class, new ArrayList<>());
    CoreNlpPipelines.get(coreference).annotate(document);
    return document;
  }
}
