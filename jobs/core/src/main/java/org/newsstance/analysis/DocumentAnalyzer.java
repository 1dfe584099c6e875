package org.newsstance.analysis;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.ActorResolver;
import org.newsstance.annotate.Candidate;
import org.newsstance.annotate.CandidateFinder;
import org.newsstance.annotate.ResolvedActors;
import org.newsstance.annotate.SurfaceFormIndex;
import org.newsstance.ingest.Hashes;
import org.newsstance.ingest.Mojibake;
import org.newsstance.ingest.RawDocument;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.stance.StanceExtractor;
import org.newsstance.score.stance.StanceLexicon;
import org.newsstance.score.tone.Tone;
import org.newsstance.score.tone.ToneCounter;
import org.newsstance.segment.AnnotatedSentence;
import org.newsstance.segment.Chunk;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.ParagraphSplitter;
import org.newsstance.segment.SentenceSegmenter;

/**
 * Runs the NLP of one document: segment (paragraphs, sentences, tokens, POS, NER on every sentence)
 * → annotate (actor candidates; parse only the sentences that may mention one; resolve them to
 * actors). Plain Java: the Spark job calls it inside {@code mapPartitions}, tests call it directly.
 * Cheap to construct (models live in {@link org.newsstance.nlp.CoreNlpPipelines}); one instance
 * serves one thread at a time.
 */
public final class DocumentAnalyzer {
  /** The {@code degraded} entry of a document whose text had mojibake repaired. */
  public static final String REPAIRED_MOJIBAKE = "repaired_mojibake";

  /**
   * The {@code degraded} entry of a document analysed only in part: see {@link AnalysisSettings}.
   */
  public static final String LONG_DOCUMENT = "long_document";

  private final AnalysisSettings settings;
  private final ParagraphSplitter paragraphSplitter;
  private final SentenceSegmenter segmenter;
  private final SentenceParser parser;
  private final CandidateFinder candidateFinder;
  private final ActorResolver resolver;
  private final Coreference coreference;
  private final SentimentScoring sentimentScoring = new SentimentScoring();
  // The scorer's lexicon: loaded once per JVM, not once per analyzer (one per Spark partition).
  private final ToneCounter toneCounter = new ToneCounter(MentionSentimentScorer.load().lexicon());
  private final StanceExtractor stances;

  public DocumentAnalyzer(AnalysisSettings settings) {
    this.settings = settings;
    this.paragraphSplitter = new ParagraphSplitter(settings.paragraphMode());
    this.segmenter = new SentenceSegmenter(settings.light(), settings.maxSentenceTokens());
    this.parser = new SentenceParser(settings.parsing());
    this.candidateFinder = new CandidateFinder(SurfaceFormIndex.of(settings.registry()));
    this.resolver = new ActorResolver(settings.registry());
    this.coreference = new Coreference(settings.coreference());
    this.stances =
        new StanceExtractor(settings.topics(), StanceLexicon.load(), settings.registry());
  }

  /**
   * Builds every CoreNLP pipeline and model the analysis may use, so that no document pays for a
   * load: coreference, for one, is only built when a document first holds a pronoun, which a short
   * warm-up text may not.
   */
  public static void loadModels(AnalysisSettings settings) {
    CoreNlpPipelines.get(settings.light());
    CoreNlpPipelines.get(settings.parsing());
    CoreNlpPipelines.get(settings.coreference());
    MentionSentimentScorer.load();
    StanceLexicon.load();
  }

  /**
   * Analyses a document. Its text is first cleared of mojibake ({@link Mojibake}); the analysis
   * then holds the repaired document, whose text every offset points into, and says so in {@code
   * degraded} ({@value #REPAIRED_MOJIBAKE}).
   */
  public DocumentAnalysis analyze(RawDocument input) {
    TreeSet<String> degraded = new TreeSet<>();
    Mojibake.Repaired repaired = Mojibake.repair(input.text());
    RawDocument document = input;
    if (repaired.sequences() > 0) {
      document = input.withText(repaired.text());
      degraded.add(REPAIRED_MOJIBAKE);
    }
    List<Paragraph> paragraphs = paragraphSplitter.split(document.text());
    List<AnnotatedSentence> sentences = segment(paragraphs, degraded);

    Map<AnnotatedSentence, List<Candidate>> candidates = new LinkedHashMap<>();
    Set<String> namedInsideLongerNames = new TreeSet<>();
    for (AnnotatedSentence sentence : sentences) {
      CandidateFinder.Found found = candidateFinder.find(sentence);
      candidates.put(sentence, found.candidates());
      namedInsideLongerNames.addAll(found.namedInsideLongerNames());
    }
    ParseSelection.Selection selection =
        ParseSelection.select(sentences, candidates, settings.maxSentenceTokens());
    parser.parse(selection.sentences());
    ResolvedActors actors = resolver.resolve(sentences, candidates, namedInsideLongerNames);
    ParseSelection.Selection named =
        ParseSelection.named(sentences, actors.mentions(), selection, settings.maxSentenceTokens());
    parser.parse(named.sentences());
    if (named.budgetExceeded()) {
      degraded.add("parse_budget");
    }
    List<ActorMention> mentions = new ArrayList<>(actors.mentions());
    mentions.addAll(coreference.link(sentences, actors.mentions()));
    mentions.sort(
        Comparator.comparingInt(ActorMention::sentenceIdx)
            .thenComparingInt(ActorMention::tokenBegin));

    List<ActorSentiment> sentiments = sentimentScoring.score(sentences, mentions);
    sentences.stream()
        .map(s -> s.sentence().degraded())
        .filter(Objects::nonNull)
        .forEach(degraded::add);
    return new DocumentAnalysis(
        document,
        Hashes.sha256Hex(document.text()),
        paragraphs,
        sentences.stream().map(AnnotatedSentence::sentence).toList(),
        List.copyOf(degraded),
        mentions,
        actors.discovered(),
        sentiments,
        tones(paragraphs.size(), sentences),
        stances.extract(sentences, mentions));
  }

  /**
   * Every sentence of a text, segmented and tagged (POS, lemmas, NER) as {@link #analyze} does, for
   * {@link CoreNlpAlone} to measure the same work without the job's choices.
   */
  List<AnnotatedSentence> segment(String text) {
    return segment(paragraphSplitter.split(text), new TreeSet<>());
  }

  AnalysisSettings settings() {
    return settings;
  }

  private List<Tone> tones(int paragraphCount, List<AnnotatedSentence> sentences) {
    List<Tone> tones = new ArrayList<>(Collections.nCopies(paragraphCount, Tone.NONE));
    for (AnnotatedSentence s : sentences) {
      tones.set(s.paragraphIdx(), tones.get(s.paragraphIdx()).plus(toneCounter.count(s.tokens())));
    }
    return tones;
  }

  private List<AnnotatedSentence> segment(List<Paragraph> paragraphs, TreeSet<String> degraded) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      List<Chunk> chunks = Chunk.of(paragraph, settings.windowChars());
      for (Chunk chunk : chunks) {
        if (chunk.begin() >= settings.maxAnalysedChars()) {
          degraded.add(LONG_DOCUMENT);
          return sentences;
        }
        if (chunks.size() > 1) {
          degraded.add("long_paragraph");
        }
        Annotation annotation = segmenter.annotate(chunk);
        sentences.addAll(segmenter.sentences(chunk, annotation, sentences.size()));
      }
    }
    return sentences;
  }
}
