package org.newsstance.nlp;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /**
   * What every sentence gets: tokens, sentences, part of speech, lemmas and named entities from a
   * single 3-class CRF (PERSON, ORGANIZATION, LOCATION). The default NER adds a fine-grained KBP
   * gazetteer, SUTime and numeric classifiers and runs ~10x slower (~620 vs ~6,700 tokens/s here);
   * countries and nationalities, which only the gazetteer would label, come from the actor registry
   * instead.
   */
  public static NlpSettings light() {
    return segmentation()
        .with(
            Map.of(
                "annotators", "tokenize,ssplit,pos,lemma,ner",
                "pos.model", POS_MODEL,
                "ner.model", NER_MODEL,
                "ner.applyFineGrained", "false",
                "ner.useSUTime", "false",
                "ner.applyNumericClassifiers", "false",
                "ner.buildEntityMentions", "false"));
  }

  /**
   * What sentences that mention an actor get on top of {@link #light()}: a constituency parse by
   * the shift-reduce parser (~20x faster than the PCFG, same accuracy class), the dependency graphs
   * later stages read converted from it (by {@link DependencyGraphAnnotator}, not by the parser,
   * which would also convert two graphs nothing reads), and the RNTN sentiment model over the
   * binarized tree. Runs on annotations the light pipeline made ({@code
   * enforceRequirements=false}); sentences over {@code maxTokens} are not parsed.
   */
  public static NlpSettings parsing(int maxTokens) {
    return parsingAsCoreNlpShipsIt(maxTokens)
        .with(
            Map.of(
                "annotators",
                "parse," + DependencyGraphAnnotator.NAME + ",sentiment",
                "parse.buildgraphs",
                "false",
                "customAnnotatorClass." + DependencyGraphAnnotator.NAME,
                DependencyGraphAnnotator.class.getName()));
  }

  /**
   * The same parse and sentiment with CoreNLP's own {@code parse} annotator, which converts every
   * tree to five dependency graphs: how anyone would configure these models, and so the baseline
   * {@code newsstance bench} compares the job with.
   */
  public static NlpSettings parsingAsCoreNlpShipsIt(int maxTokens) {
    return of(
        Map.of(
            "annotators", "parse,sentiment",
            "enforceRequirements", "false",
            "parse.model", SR_PARSER_MODEL,
            "parse.maxlen", Integer.toString(maxTokens),
            "parse.binaryTrees", "true"));
  }

  /**
   * CoreNLP's statistical coreference (mention detection from the dependencies the parse provides),
   * over the parsed sentences of a document, by {@link ActorCorefAnnotator}: a common noun is
   * resolved only if it is animate or its head is one of {@code nominalHeads} (the nouns by which
   * news refers back to an actor); pronouns and names as CoreNLP resolves them.
   */
  public static NlpSettings coreference(Collection<String> nominalHeads) {
    return coreferenceAsCoreNlpShipsIt()
        .with(
            Map.of(
                "annotators",
                ActorCorefAnnotator.NAME,
                "customAnnotatorClass." + ActorCorefAnnotator.NAME,
                ActorCorefAnnotator.class.getName(),
                ActorCorefAnnotator.NOMINAL_HEADS,
                String.join(",", new TreeSet<>(nominalHeads))));
  }

  /**
   * The same coreference with CoreNLP's own {@code coref} annotator, which resolves every mention:
   * the baseline {@code newsstance bench} compares the job with. Candidate antecedents are limited
   * to the 8 nearest mentions (40 with a string match) instead of 50 and 500: measured on 40
   * PerSenT articles, that cuts coreference CPU time 3x (from ~3.4x to ~1x the parse) and changes
   * the chains by under 2 %.
   */
  public static NlpSettings coreferenceAsCoreNlpShipsIt() {
    return of(
        Map.of(
            "annotators", "coref",
            "enforceRequirements", "false",
            "coref.algorithm", "statistical",
            "coref.maxMentionDistance", "8",
            "coref.maxMentionDistanceWithStringMatch", "40"));
  }

  public static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  public static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  public static final String SR_PARSER_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

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
