package org.newsstance.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructureFactory;
import edu.stanford.nlp.trees.UniversalSemanticHeadFinder;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Filters;
import java.util.Properties;
import java.util.Set;

/**
 * Converts each sentence's constituency tree into the three UD dependency graphs that anything
 * downstream reads: basic and enhanced (CoreNLP's coreference), enhanced++ and basic (the job's
 * roles, stance and sentiment features). It replaces the parser's own graph building ({@code
 * parse.buildgraphs=false}), which converts every tree five times, once per graph, and also makes
 * the collapsed and CC-processed graphs that nothing reads: on PerSenT the parser's conversions
 * were ~30 % of the analysis's CPU, twice the shift-reduce parse itself.
 *
 * <p>The converter is the one the parser annotator builds for English UD with its defaults: every
 * token kept (punctuation too) and the semantic head finder with auxiliaries and copulas not heads.
 * {@code DependencyGraphAnnotatorTest} checks the graphs against the parser's on the seed article.
 */
public final class DependencyGraphAnnotator implements Annotator {
  /** The name the parsing pipeline gives this annotator. */
  public static final String NAME = "depgraphs";

  // Shared by every thread, as the parser annotator shares its own: the factory holds only the
  // filter and the head finder, and each conversion builds its own grammatical structure.
  private static final GrammaticalStructureFactory FACTORY =
      new UniversalEnglishGrammaticalStructureFactory(
          Filters.acceptFilter(),
          new UniversalSemanticHeadFinder(new PennTreebankLanguagePack(), true));

  /** CoreNLP builds custom annotators reflectively with this signature. */
  public DependencyGraphAnnotator(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      Tree tree = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
      if (tree != null) {
        annotate(sentence, tree);
      }
    }
  }

  /**
   * One conversion serves the three graphs: each graph builder copies the structure's dependencies
   * before its enhancements rewrite them. The parser annotator converts the tree afresh for each
   * graph, and the conversion was 80 % of this annotator's time. Measured on 300 PerSenT articles
   * (4,506 parsed sentences): the graphs equal those of fresh conversions except 8 of 13,518, each
   * a wh-word's attachment, in the sentences where converting the same tree twice already gives
   * different graphs (3 of 4,506).
   */
  private static void annotate(CoreMap sentence, Tree tree) {
    GrammaticalStructure structure = FACTORY.newGrammaticalStructure(tree);
    sentence.set(
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphFactory.generateUncollapsedDependencies(
            structure, GrammaticalStructure.Extras.NONE));
    sentence.set(
        SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
        SemanticGraphFactory.generateEnhancedDependencies(structure));
    sentence.set(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        SemanticGraphFactory.generateEnhancedPlusPlusDependencies(structure));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(TreeCoreAnnotations.TreeAnnotation.class);
  }
}
