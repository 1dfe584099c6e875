package org.newsstance.analysis;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.ActorResolver;
import org.newsstance.annotate.Candidate;
import org.newsstance.annotate.CandidateFinder;
import org.newsstance.annotate.ResolvedActors;
import org.newsstance.annotate.SurfaceFormIndex;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.eval.PersentArticle;
import org.newsstance.eval.PersentCsv;
import org.newsstance.segment.AnnotatedSentence;
import org.newsstance.segment.Chunk;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.segment.ParagraphSplitter;
import org.newsstance.segment.SentenceSegmenter;
import org.newsstance.testing.ProjectFiles;

/** Development aid: prints the gold documents' parsed sentences, mentions and dependencies. */
public final class StanceParseDump {
  public static void main(String[] args) throws Exception {
    ActorRegistry registry = ActorRegistry.load(List.of());
    String text = ProjectFiles.read(ProjectFiles.seedArticle());
    dump(AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, registry), text);
    Set<String> ids = Set.of(args);
    for (PersentArticle a : PersentCsv.read(Path.of(System.getProperty("persent")))) {
      if (ids.contains(a.id())) {
        System.out.println("=== " + a.id());
        dump(AnalysisSettings.defaults(ParagraphMode.LINE, registry), a.text());
      }
    }
  }

  private static void dump(AnalysisSettings settings, String text) {
    SentenceSegmenter segmenter =
        new SentenceSegmenter(settings.light(), settings.maxSentenceTokens());
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (Paragraph p : new ParagraphSplitter(settings.paragraphMode()).split(text)) {
      for (Chunk chunk : Chunk.of(p, settings.windowChars())) {
        sentences.addAll(segmenter.sentences(chunk, segmenter.annotate(chunk), sentences.size()));
      }
    }
    CandidateFinder finder = new CandidateFinder(SurfaceFormIndex.of(settings.registry()));
    Map<AnnotatedSentence, List<Candidate>> candidates = new LinkedHashMap<>();
    sentences.forEach(s -> candidates.put(s, finder.find(s)));
    new SentenceParser(settings.parsing())
        .parse(ParseSelection.select(sentences, candidates, settings.maxSentenceTokens()));
    ResolvedActors actors = new ActorResolver(settings.registry()).resolve(sentences, candidates);
    List<ActorMention> mentions = new ArrayList<>(actors.mentions());
    mentions.addAll(new Coreference(settings.coreference()).link(sentences, actors.mentions()));
    for (AnnotatedSentence s : sentences) {
      System.out.println("--- " + s.index() + " p" + s.paragraphIdx() + ": " + s.sentence().text());
      mentions.stream()
          .filter(m -> m.sentenceIdx() == s.index())
          .forEach(
              m ->
                  System.out.printf(
                      "   M %d-%d %s -> %s (%s)%n",
                      m.tokenBegin(),
                      m.tokenEnd(),
                      m.surface(),
                      m.actorId(),
                      m.resolution().code()));
      SemanticGraph g = s.dependencies();
      if (g != null) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
          System.out.printf(
              "     %s(%s-%d, %s-%d)%n",
              e.getRelation(),
              e.getGovernor().word(),
              e.getGovernor().index(),
              e.getDependent().word(),
              e.getDependent().index());
        }
        System.out.println("     roots " + g.getRoots());
      }
    }
  }
}
