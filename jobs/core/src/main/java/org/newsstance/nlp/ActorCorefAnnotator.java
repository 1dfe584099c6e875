package org.newsstance.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.CorefProperties;
import edu.stanford.nlp.coref.CorefSystem;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.coref.data.DocumentMaker;
import edu.stanford.nlp.coref.data.Mention;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CorefMentionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * CoreNLP's {@code coref} annotator (its mention detection, then statistical coreference) for
 * sentences whose tokens already carry the coarse 3-class NER the job runs (so CoreNLP's swap of
 * fine and coarse NER tags around coreference has nothing to swap and is left out), with one
 * difference: a common-noun mention is resolved to an antecedent only if it is animate or its head
 * is one of the nouns named by {@value #NOMINAL_HEADS} ("the envoy", "the company"). Pronouns and
 * names are resolved as CoreNLP resolves them; any mention may still be an antecedent.
 *
 * <p>Why: the job reads a chain only through the actor names in it, and lends the actor to the
 * chain's pronouns and nominals; a nominal such as "the deal" or "the talks" rarely joins an
 * actor's chain, yet scoring its candidate antecedents costs as much as a pronoun's. Leaving such
 * anaphors out cut the analysis's CPU by 12 % on 120 PerSenT articles (60.2 to 52.9 s) and lost 4
 * of 664 coreference mentions. {@code ActorCorefAnnotatorTest} measures the chains against
 * CoreNLP's own annotator.
 */
public final class ActorCorefAnnotator implements Annotator {
  /** The name the coreference pipeline gives this annotator. */
  public static final String NAME = "actorcoref";

  /**
   * Comma-separated lemmas of the common nouns that may refer back to an actor; {@value
   * #EVERY_NOMINAL} for every common noun, as CoreNLP does.
   */
  public static final String NOMINAL_HEADS = NAME + ".nominalHeads";

  public static final String EVERY_NOMINAL = "*";

  private final CorefMentionAnnotator mentions;
  private final CorefSystem coreference;

  /** CoreNLP builds custom annotators reflectively with this signature. */
  public ActorCorefAnnotator(String name, Properties props) {
    String heads = props.getProperty(NOMINAL_HEADS, "");
    Predicate<Mention> resolvable =
        EVERY_NOMINAL.equals(heads)
            ? m -> true
            : resolvable(
                Arrays.stream(heads.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
    try {
      Dictionaries dictionaries = new Dictionaries(props);
      this.mentions = new CorefMentionAnnotator(props);
      this.coreference =
          new CorefSystem(
              new DocumentMaker(props, dictionaries),
              new AnaphorSelectingCoref(props, dictionaries, resolvable),
              CorefProperties.removeSingletonClusters(props),
              false);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load CoreNLP's coreference models", e);
    }
  }

  /**
   * Pronouns, names and lists always; a common noun if CoreNLP's animacy dictionaries call it
   * animate ("the officer", "the 45-year-old") or its head is one of {@code heads}.
   */
  static Predicate<Mention> resolvable(Set<String> heads) {
    return m ->
        m.mentionType != MentionType.NOMINAL
            || m.animacy == Dictionaries.Animacy.ANIMATE
            || (m.headWord != null
                && m.headWord.lemma() != null
                && heads.contains(m.headWord.lemma().toLowerCase(Locale.ROOT)));
  }

  @Override
  public void annotate(Annotation annotation) {
    mentions.annotate(annotation);
    try {
      coreference.annotate(annotation);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("coreference failed", e);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CorefCoreAnnotations.CorefChainAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        TreeCoreAnnotations.TreeAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class);
  }
}
