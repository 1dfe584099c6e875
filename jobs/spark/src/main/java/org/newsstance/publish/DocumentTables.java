package org.newsstance.publish;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.newsstance.publish.Columns.optional;
import static org.newsstance.publish.Columns.required;
import static org.newsstance.publish.Columns.struct;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsstance.publish.TableSchema.Kind;

/**
 * The tables of the segmentation: documents, their blocks and sentences, and what was quarantined.
 */
final class DocumentTables {
  private DocumentTables() {}

  static StructField docId() {
    return required(
        "doc_id",
        StringType,
        "Document id: the input's id, else its path below the corpus root without extension, else sha256- and a hash of the text.");
  }

  static StructField publishedDate() {
    return optional(
        Tables.PUBLISHED_DATE,
        DateType,
        "UTC date of published_at; the partition column (null = undated, stored as __HIVE_DEFAULT_PARTITION__).");
  }

  static StructField charBegin(String what) {
    return required(
        "char_begin",
        IntegerType,
        "Offset of the "
            + what
            + "'s first character in documents.text (0-based, UTF-16 code units as in Java and Spark substring).");
  }

  static StructField charEnd(String what) {
    return required(
        "char_end",
        IntegerType,
        "Offset after the "
            + what
            + "'s last character; substring(text, char_begin + 1, char_end - char_begin) in Spark SQL gives the "
            + what
            + " text.");
  }

  public static final StructType TOKEN =
      struct(
          required("idx", IntegerType, "0-based position in the sentence."),
          required("text", StringType, "The token exactly as in the document."),
          required("char_begin", IntegerType, "Offset in documents.text."),
          required("char_end", IntegerType, "Offset after the token in documents.text."),
          optional("lemma", StringType, "CoreNLP lemma (since v2)."),
          optional(
              "pos",
              StringType,
              "Part-of-speech tag from CoreNLP's English tagger: the Penn Treebank set and the tags it adds (HYPH for hyphens, NFP, ADD, AFX) (since v2)."),
          optional(
              "ner",
              StringType,
              "3-class NER label: PERSON, ORGANIZATION, LOCATION or O (since v2)."));

  public static final TableSchema DOCUMENTS =
      new TableSchema(
          "documents",
          2,
          "one row per document processed",
          List.of("doc_id"),
          struct(
              docId(),
              required(
                  "content_hash",
                  StringType,
                  "SHA-256 of the text (hex): changes exactly when the text changes."),
              required("id_source", StringType, "How doc_id was obtained: given, path or hash."),
              optional("title", StringType, "Title from the input or its sidecar."),
              optional("source", StringType, "Publisher or feed from the input."),
              optional(
                  "published_at",
                  TimestampType,
                  "Publication time (UTC); a date alone is read as midnight UTC."),
              required(
                  "text",
                  StringType,
                  "The full text as read (UTF-8, byte-order mark removed); every offset in every table points into it."),
              required(
                  "n_chars",
                  IntegerType,
                  "Length of text in UTF-16 code units, as offsets count (an emoji counts 2; DuckDB's length() counts it 1)."),
              required(
                  "n_paragraphs", IntegerType, "Rows of paragraphs for this document (all kinds)."),
              required("n_sentences", IntegerType, "Rows of sentences for this document."),
              required("n_tokens", IntegerType, "Tokens over all sentences."),
              required(
                  "extra",
                  createMapType(StringType, StringType, true),
                  "Input columns and metadata keys that are not ours, as text."),
              required(
                  "origin",
                  StringType,
                  "Where the document was read when it was last analysed: path below the corpus root, with :line for JSON Lines, #record for CSV or Parquet (counted from 1). A file moved without a change is skipped and keeps this origin."),
              required(
                  "degraded",
                  createArrayType(StringType, false),
                  "Why parts of the document got reduced analysis (long_sentence: a sentence over the length cap; long_paragraph: a paragraph segmented in 20,000-character windows; long_document: past 4,000,000 characters the text was kept but not analysed; parse_budget: past 20,000 parsed tokens the remaining sentences were not parsed, their actors scored by the words-only fallback; unparsed_published_at: the raw value is kept in extra; repaired_mojibake: UTF-8 that had been misread as Latin-1 or Windows-1252, such as â€™ for ’, was repaired before analysis, and text and every offset are the repaired text's); empty when none."),
              required(
                  "run_id", StringType, "The run that processed this version of the document."),
              optional(
                  "tone",
                  DoubleType,
                  "Plain tone of the whole text: (positive - negative opinion words) per 100 words, as paragraphs.tone."),
              optional(
                  "input_hash",
                  StringType,
                  "SHA-256 of everything the input says about the document (text, id and where the id came from, title, source, published_at, extra; not its origin): a later run reprocesses the document when it changes."),
              optional(
                  "pipeline_version",
                  StringType,
                  "Version of the analysis that produced the document's rows: a hash of pipeline_components."),
              optional(
                  "pipeline_components",
                  createMapType(StringType, StringType, true),
                  "Hash of each pipeline component (segmentation, nlp_models, registries...) the rows were produced with; a run reprocesses the document when a component it depends on changed (README, Nightly runs)."),
              publishedDate()),
          List.of(Tables.PUBLISHED_DATE),
          Kind.PER_DOCUMENT);

  public static final TableSchema PARAGRAPHS =
      new TableSchema(
          "paragraphs",
          2,
          "one row per block of a document: body paragraph, heading or list item",
          List.of("doc_id", "paragraph_idx"),
          struct(
              docId(),
              required(
                  "paragraph_idx",
                  IntegerType,
                  "0-based position among all blocks of the document, in reading order."),
              required("kind", StringType, "body, heading or list_item."),
              optional(
                  "section",
                  StringType,
                  "Text of the heading this block stands under (a heading's own text for a heading); null before the first heading and in line mode."),
              charBegin("paragraph"),
              charEnd("paragraph"),
              required("text", StringType, "The block's text (list markers excluded)."),
              required("n_sentences", IntegerType, "Sentences in the block."),
              optional(
                  "tone",
                  DoubleType,
                  "Plain tone as GDELT gives it: (positive - negative opinion words) per 100 words, from the job's news lexicon, with no target and no negation (since v2)."),
              optional(
                  "n_positive_words",
                  IntegerType,
                  "Positive opinion words in the block (since v2)."),
              optional(
                  "n_negative_words",
                  IntegerType,
                  "Negative opinion words in the block (since v2)."),
              publishedDate()),
          List.of(Tables.PUBLISHED_DATE),
          Kind.PER_DOCUMENT);

  public static final TableSchema SENTENCES =
      new TableSchema(
          "sentences",
          2,
          "one row per sentence",
          List.of("doc_id", "sentence_idx"),
          struct(
              docId(),
              required(
                  "sentence_idx",
                  IntegerType,
                  "0-based position in the document (not in the paragraph)."),
              required(
                  "paragraph_idx",
                  IntegerType,
                  "The block the sentence belongs to (paragraphs.paragraph_idx)."),
              charBegin("sentence"),
              charEnd("sentence"),
              required("text", StringType, "The sentence text."),
              required("n_tokens", IntegerType, "Number of tokens."),
              required(
                  "tokens",
                  createArrayType(TOKEN, false),
                  "Tokens in order, with offsets into documents.text."),
              optional(
                  "degraded",
                  StringType,
                  "long_sentence when the sentence exceeds the length cap and gets reduced analysis; else null."),
              publishedDate()),
          List.of(Tables.PUBLISHED_DATE),
          Kind.PER_DOCUMENT);

  public static final TableSchema QUARANTINE =
      new TableSchema(
          "quarantine",
          1,
          "one row per input that could not be processed in the latest run",
          List.of("origin"),
          struct(
              required(
                  "origin",
                  StringType,
                  "Path below the corpus root, with :line (JSON Lines) or #record (CSV, Parquet; counted from 1)."),
              optional(
                  "doc_id",
                  StringType,
                  "The document id when one was known: a duplicate id, a text judged not English, a record giving an id but no text or bytes that are not UTF-8."),
              required(
                  "reason",
                  StringType,
                  "empty, binary, invalid_utf8, malformed_json, malformed_csv, missing_text, duplicate_id, non_english, unreadable or analysis_failed."),
              required("detail", StringType, "What is wrong and how to fix it."),
              optional(
                  "excerpt",
                  StringType,
                  "The start of the offending input: line breaks and tabs kept, other control characters and bytes that are not valid UTF-8 shown as U+FFFD."),
              required(
                  "run_id",
                  StringType,
                  "The run that found the problem (the first one, while the problem persists).")),
          List.of(),
          Kind.REBUILT);
}
