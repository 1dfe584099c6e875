package org.newsstance.publish;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.newsstance.publish.Columns.optional;
import static org.newsstance.publish.Columns.required;
import static org.newsstance.publish.Columns.struct;

import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.newsstance.publish.TableSchema.Kind;

/**
 * The tables of scoring: how each paragraph portrays each actor, and what each actor stands for.
 */
final class ScoreTables {
  private ScoreTables() {}

  static final StructType SENTIMENT_EVIDENCE =
      struct(
          required("sentence_idx", IntegerType, "The sentence (sentences.sentence_idx)."),
          required("char_begin", IntegerType, "Offset of the sentence in documents.text."),
          required("char_end", IntegerType, "Offset after the sentence in documents.text."),
          required("mention", StringType, "The actor's mention in that sentence, as written."),
          required("score", DoubleType, "The mention's own score in [-1, 1]."));

  public static final TableSchema ACTOR_SENTIMENT =
      new TableSchema(
          "actor_sentiment",
          1,
          "one row per actor per paragraph that mentions it: how the paragraph portrays the actor",
          List.of("doc_id", "paragraph_idx", "actor_id"),
          struct(
              DocumentTables.docId(),
              required("paragraph_idx", IntegerType, "The block (paragraphs.paragraph_idx)."),
              required("actor_id", StringType, "The actor (actors.actor_id)."),
              required(
                  "actor_name",
                  StringType,
                  "The actor's name, repeated so queries need no join. A registry actor's name; an actor NER found is spelled as this document spells it (REUTERS, Reuters): group by the id, and take one name from actors.name."),
              required(
                  "score",
                  DoubleType,
                  "In [-1, 1]: p_positive - p_negative of the paragraph's distribution, the mentions' distributions averaged with their resolution confidence as weight."),
              required(
                  "label",
                  StringType,
                  "negative (score < -0.40), positive (score > 0) or neutral; the thresholds were chosen on PerSenT dev paragraphs (the scores lean negative on news text)."),
              required("p_negative", DoubleType, "Probability of a negative portrayal."),
              required("p_neutral", DoubleType, "Probability of a neutral portrayal."),
              required("p_positive", DoubleType, "Probability of a positive portrayal."),
              required("n_mentions", IntegerType, "Mentions of the actor in the paragraph."),
              required(
                  "evidence",
                  createArrayType(SENTIMENT_EVIDENCE, false),
                  "Up to three sentences with the strongest mention scores, strongest first; substr(documents.text, char_begin + 1, char_end - char_begin) is the sentence."),
              required(
                  "methods",
                  createArrayType(StringType, false),
                  "How the mentions were scored: classifier (parsed sentence) and/or fallback_unparsed (a sentence over the parser's length cap or past the document's parse budget: words around the mention only)."),
              required(
                  "model_version",
                  StringType,
                  "Id of the sentiment models (hash of the committed model files)."),
              optional("paragraph_tone", DoubleType, "paragraphs.tone, repeated for context."),
              DocumentTables.publishedDate()),
          List.of(Tables.PUBLISHED_DATE),
          Kind.PER_DOCUMENT);

  public static final TableSchema ACTOR_STANCE =
      new TableSchema(
          "actor_stance",
          1,
          "one row per stance statement: an actor (holder) supports or opposes a target in a sentence",
          List.of("doc_id", "sentence_idx", "holder_id", "target_type", "target_text", "cue"),
          struct(
              DocumentTables.docId(),
              required("paragraph_idx", IntegerType, "The block (paragraphs.paragraph_idx)."),
              required(
                  "sentence_idx", IntegerType, "The evidence sentence (sentences.sentence_idx)."),
              required("holder_id", StringType, "The actor holding the stance (actors.actor_id)."),
              required(
                  "holder_name",
                  StringType,
                  "The holder's name, repeated so queries need no join. A registry actor's name; an actor NER found is spelled as this document spells it (REUTERS, Reuters): group by the id, and take one name from actors.name."),
              required(
                  "target_type",
                  StringType,
                  "actor (another actor), topic (a registry topic, seeds/topics.csv) or phrase (a noun phrase the registries lack)."),
              optional(
                  "target_id", StringType, "actors.actor_id or a topic_id; null for a phrase."),
              required("target_text", StringType, "The target as written in the sentence."),
              required(
                  "stance",
                  StringType,
                  "support or oppose, so no statement is neutral: a hedged or conditional cue gives no row, and so does a negated act (did not reject X); a negated preference is its opposite (does not want X, does not recognise X: oppose)."),
              required(
                  "score",
                  DoubleType,
                  "In [-1, 1]: +1 full support, -1 full opposition, scaled by the cue's strength."),
              required(
                  "confidence",
                  DoubleType,
                  "0..1: the method's base (dependency_subject and passive_agent .8, the others"
                      + " .7) times the holder mention's confidence. It does not tell right rows"
                      + " from wrong ones (README \"Stance\": rows read on unseen news were right about half"
                      + " the time); read the evidence sentence."),
              required(
                  "cue",
                  StringType,
                  "The predicate or noun that carries the stance, as written (rejected, demands, called for, red line), a phrase's words joined without what stands between them (keeping X strictly off the table: keeping off the table); the lexicon lists its lemma."),
              DocumentTables.charBegin("evidence"),
              DocumentTables.charEnd("evidence"),
              required(
                  "method",
                  StringType,
                  "How the holder was linked to the cue: dependency_subject, reported_speech, possessive_noun, passive_agent, actor_act, ..."),
              DocumentTables.publishedDate()),
          List.of(Tables.PUBLISHED_DATE),
          Kind.PER_DOCUMENT);
}
