package org.newsstance.nlp;

import java.io.Serializable;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The CoreNLP properties of one pipeline. A value object: two equal settings share one pipeline in
 * a JVM (see {@link CoreNlpPipelines}), and it is small and serializable so that Spark tasks can
 * carry it to executors instead of a pipeline.
 */
public record NlpSettings(TreeMap<String, String> properties) implements Serializable {

  public NlpSettings {
    properties = new TreeMap<>(properties);
  }

  /**
   * Tokenisation and sentence splitting only: no model files, ~250k tokens/s. Newlines inside a
   * paragraph are not sentence breaks because many corpora hard-wrap their paragraphs.
   */
  public static NlpSettings segmentation() {
    return of(
        Map.of(
            "annotators", "tokenize,ssplit",
            "tokenize.language", "en",
            "ssplit.newlineIsSentenceBreak", "never"));
  }

  public static NlpSettings of(Map<String, String> properties) {
    return new NlpSettings(new TreeMap<>(properties));
  }

  /** These settings with some properties added or replaced. */
  public NlpSettings with(Map<String, String> more) {
    TreeMap<String, String> merged = new TreeMap<>(properties);
    merged.putAll(more);
    return new NlpSettings(merged);
  }

  public String annotators() {
    return properties.get("annotators");
  }

  public Properties toProperties() {
    Properties props = new Properties();
    props.putAll(properties);
    return props;
  }
}
