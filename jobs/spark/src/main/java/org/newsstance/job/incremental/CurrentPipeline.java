package org.newsstance.job.incremental;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.job.BuildVersions;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.stance.Topic;
import org.newsstance.score.stance.TopicRegistry;
import org.newsstance.segment.ParagraphMode;

/**
 * The pipeline version of this build and these settings: the one place where the components that
 * decide a document's rows are listed. Add a component here when a new input starts shaping rows
 * (the actor registry as {@link PipelineComponent#surfaceForms}, a sentiment model as {@link
 * PipelineComponent#settings}), and bump a component's revision when a code change alters what it
 * produces, so that published documents are reprocessed ({@code PipelineRevisionTest} fails when
 * the seed article's analysis changes while the version does not).
 */
public final class CurrentPipeline {
  /**
   * Bump when a change to paragraph, sentence or token segmentation alters its output. 2: mojibake
   * is repaired before segmentation, which changes the stored text of documents that held it.
   */
  static final int SEGMENTATION_REVISION = 2;

  /**
   * Bump when a change to actor resolution, coreference or scoring code alters its output for the
   * same models and registry. 2: names split at wide gaps, suffixes skipped in surnames, one-word
   * names and ORGANIZATION-tagged surnames merged within a document. 3: the three dependency graphs
   * of a sentence come from one conversion of its tree (a wh-word's attachment can differ), and
   * coreference resolves common nouns only if animate or referring. 4: a full name's first word
   * alone ("Pat" after "Pat Shurmur") is that person when exactly one full name begins with it. 5:
   * a surname two people of a document share is the article's principal bearer of it, not the
   * nearest full name before it. 6: a registry person's bare surname only where the text names
   * their country. 7: an acronym is the organisation whose initials it spells; a capital with a
   * possessive ending, or addressed by a verb ("condemned Beijing"), is its country; stance: a
   * refusal negates its complement, a time is no target, an apposition's possessor holds nothing.
   * 8: a registry form inside a longer proper name is not its actor ("Jordan Spieth", "New
   * Mexico"); datelines and photo credits name no actor; a registry surname with a curly
   * apostrophe; a registry form that ends in an abbreviation ("Jr.") matches whole. 9: a surname
   * merges with the document's full name in any case (a transcript's "SEDARIS :" after "Amy
   * Sedaris"); a credit word alone before a closing parenthesis ("(AP Photo/Ben Curtis File)");
   * stance: a speaker holds only their own or their state's reported stances, a participle's
   * subject is the noun it modifies, a reversing verb in a complement flips the stance, a received
   * stance noun is not the subject's, guesses hold none, no stance toward "comment", "host" is no
   * act and "order" a verb, a reported act nobody named does is not the speaker's, a day is no
   * target.
   */
  static final int ANALYSIS_REVISION = 9;

  private CurrentPipeline() {}

  /**
   * The revisions and models this build's analysis is made of, for people: the pipeline version
   * itself (a hash) also covers settings, properties, table versions and registries.
   */
  public static String describe() {
    return String.format(
        Locale.ROOT,
        "analysis revision %d, segmentation revision %d, sentiment model %s, CoreNLP %s",
        ANALYSIS_REVISION,
        SEGMENTATION_REVISION,
        MentionSentimentScorer.MODEL_VERSION,
        BuildVersions.corenlp());
  }

  /**
   * The version a run with the default options and registries stamps on its documents (what {@code
   * --version} prints and the revision guard records).
   */
  public static PipelineVersion ofDefaults() {
    return of(AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, ActorRegistry.load(List.of())));
  }

  public static PipelineVersion of(AnalysisSettings settings) {
    TreeMap<String, Object> segmentation = new TreeMap<>();
    segmentation.put("revision", SEGMENTATION_REVISION);
    segmentation.put("paragraph_mode", settings.paragraphMode());
    segmentation.put("max_sentence_tokens", settings.maxSentenceTokens());
    segmentation.put("window_chars", settings.windowChars());
    segmentation.put("max_analysed_chars", settings.maxAnalysedChars());

    TreeMap<String, Object> models = new TreeMap<>();
    models.put("corenlp", BuildVersions.corenlp());
    settings.light().properties().forEach((k, v) -> models.put("light." + k, v));
    settings.parsing().properties().forEach((k, v) -> models.put("parsing." + k, v));
    settings.coreference().properties().forEach((k, v) -> models.put("coreference." + k, v));
    models.put("analysis_revision", ANALYSIS_REVISION);
    models.put("sentiment_model", MentionSentimentScorer.MODEL_VERSION);

    // A new per-document table, or a new column in one, leaves published documents without it.
    TreeMap<String, Object> schemas = new TreeMap<>();
    for (TableSchema table : Tables.ALL) {
      if (table.kind() == TableSchema.Kind.PER_DOCUMENT) {
        schemas.put(table.name(), table.version());
      }
    }
    return PipelineVersion.empty()
        .with(PipelineComponent.settings("segmentation", segmentation))
        .with(PipelineComponent.settings("nlp_models", models))
        .with(PipelineComponent.settings("table_schemas", schemas))
        // Topic triggers match lemmas ("enriching" for "enrich"), which a search of the text for
        // changed forms would miss; topics change rarely, so an edit reprocesses every document.
        .with(PipelineComponent.settings("topic_registry", topics(settings.topics())))
        .with(
            PipelineComponent.surfaceForms(
                "actor_registry", RegistryForms.of(settings.registry())));
  }

  private static TreeMap<String, Object> topics(TopicRegistry registry) {
    TreeMap<String, Object> topics = new TreeMap<>();
    for (Topic topic : registry.topics()) {
      // A label edit changes no row; a trigger edit, broad ("~deal") or not, may.
      topics.put(topic.topicId(), topic.triggers() + " ~" + topic.broadTriggers());
    }
    return topics;
  }
}
