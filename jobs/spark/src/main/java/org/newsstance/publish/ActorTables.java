package org.newsstance.publish;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.newsstance.publish.Columns.optional;
import static org.newsstance.publish.Columns.required;
import static org.newsstance.publish.Columns.struct;

import java.util.List;
import org.newsstance.publish.TableSchema.Kind;

/** The tables of actor recognition: the actor dimension and every mention. */
final class ActorTables {
  private ActorTables() {}

  public static final TableSchema ACTORS =
      new TableSchema(
          "actors",
          1,
          "one row per actor: every registry actor, and every actor NER found in the published documents",
          List.of("actor_id"),
          struct(
              required(
                  "actor_id",
                  StringType,
                  "type:slug, e.g. country:irn, person:marco-rubio. Stable: registry ids never change, and an actor NER finds gets the id of its normalised name, which a later registry entry keeps."),
              required(
                  "name",
                  StringType,
                  "Canonical name (registry), or for an actor NER found the spelling of most of its mentions (the alphabetically first of a tie); the name the aggregates use."),
              required(
                  "type", StringType, "country, person, organisation, armed_group or institution."),
              optional(
                  "affiliation",
                  StringType,
                  "actor_id of the country a person or body belongs to (registry only)."),
              required(
                  "source",
                  StringType,
                  "registry, or discovered (NER found it; the registry lacks it)."),
              required(
                  "aliases",
                  createArrayType(StringType, false),
                  "Forms that always denote the actor."),
              required(
                  "metonyms",
                  createArrayType(StringType, false),
                  "Forms that denote it only when they act or speak (capitals, seats of government)."),
              required(
                  "demonyms",
                  createArrayType(StringType, false),
                  "Forms that denote it when used as an actor (Iranian officials, Iranians).")),
          List.of(),
          Kind.REBUILT);

  public static final TableSchema ACTOR_MENTIONS =
      new TableSchema(
          "actor_mentions",
          1,
          "one row per mention of an actor in a sentence",
          List.of("doc_id", "sentence_idx", "token_begin"),
          struct(
              DocumentTables.docId(),
              required(
                  "paragraph_idx",
                  IntegerType,
                  "The block holding the mention (paragraphs.paragraph_idx)."),
              required(
                  "sentence_idx",
                  IntegerType,
                  "The sentence holding the mention (sentences.sentence_idx)."),
              required(
                  "token_begin",
                  IntegerType,
                  "First token of the mention in its sentence (0-based)."),
              required(
                  "token_end", IntegerType, "After the last token of the mention in its sentence."),
              DocumentTables.charBegin("mention"),
              DocumentTables.charEnd("mention"),
              required("surface", StringType, "The mention as written: Tehran, the envoy, he."),
              required("actor_id", StringType, "The actor (actors.actor_id)."),
              required(
                  "actor_name",
                  StringType,
                  "The actor's name, repeated here so that queries need no join. A registry actor's name; an actor NER found is spelled as this document spells it (REUTERS, Reuters): group by the id, and take one name from actors.name."),
              required("actor_type", StringType, "The actor's type, repeated here."),
              required(
                  "resolution",
                  StringType,
                  "How the mention was linked: registry_alias, metonymy (a capital or seat of government acting, or addressed or judged: condemned Beijing), demonym (Iranian officials), ner (a name the registry lacks), name_merge (a short form of a full name in the document: its surname, or its first word, or an organisation's acronym; a surname two people share is the article's principal bearer of it), registry_surname (a surname one registry person bears, where the text names that person's country, or anywhere for one without a country), coref (CoreNLP coreference: pronouns, nominals)."),
              required(
                  "confidence",
                  DoubleType,
                  "0..1: the resolution's typical precision (registry_alias .95, name_merge .85, metonymy .85, demonym .8, ner .75, registry_surname .7, coref .6), times .8 for a metonymy or demonym in a sentence that was not parsed (whether it acts is then read from word order)."),
              DocumentTables.publishedDate()),
          List.of(Tables.PUBLISHED_DATE),
          Kind.PER_DOCUMENT);
}
