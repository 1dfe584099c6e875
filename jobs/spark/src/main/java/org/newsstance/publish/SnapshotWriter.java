package org.newsstance.publish;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a run's new snapshot, table by table, in the order of {@link Tables#ALL}. A per-document
 * table becomes the previous snapshot's rows minus those of the replaced documents, plus this run's
 * rows; a rebuilt table is what the run produced. Files are written compacted (one file per
 * partition, rows sorted by key). On local disks the partitions a run does not touch are carried
 * over by hard link instead of being rewritten, and a partition that only gains documents keeps its
 * files and gets one more, until it holds {@link #MAX_FILES_PER_PARTITION} and is rewritten as one.
 */
public final class SnapshotWriter {
  private static final String TOUCHED = "_touched_";

  /**
   * Files a partition may gather from runs that only add documents to it before a run rewrites it
   * as one: a day's partition stays a handful of files, and a busy undated one is not rewritten by
   * every nightly run.
   */
  static final int MAX_FILES_PER_PARTITION = 8;

  private final SparkSession spark;
  private final OutputLayout layout;
  private final String runId;
  private final Optional<PreviousSnapshot> previous;
  private final Dataset<Row> replaced;
  private final boolean localDisk;
  private final Consumer<TableSchema> afterTableWritten;
  private final Map<String, Long> rowsWritten = new LinkedHashMap<>();
  private final Map<String, Long> rowsPublished = new LinkedHashMap<>();
  private final Map<String, String> layoutNotes = new LinkedHashMap<>();
  // The documents table's previous and new rows, and the partitions they tell this run touches.
  private Dataset<Row> priorDocuments;
  private Dataset<Row> freshDocuments;
  private TouchedPartitions touched;

  /**
   * @param replaced one {@code doc_id} column: published documents whose rows this run drops
   *     (reprocessed or pruned)
   * @param afterTableWritten called after each table is written
   */
  public SnapshotWriter(
      SparkSession spark,
      OutputLayout layout,
      String runId,
      Optional<PreviousSnapshot> previous,
      Dataset<Row> replaced,
      Consumer<TableSchema> afterTableWritten) {
    this.spark = spark;
    this.layout = layout;
    this.runId = runId;
    this.previous = previous;
    this.replaced = replaced;
    this.localDisk = "file".equals(layout.root().toUri().getScheme());
    this.afterTableWritten = afterTableWritten;
  }

  /**
   * Writes the given tables of this run (each table's new rows), in publication order.
   *
   * @param knownCounts rows of {@code runRows} already counted (the analysis counts its tables in
   *     one pass); a per-document table not in it is counted here
   */
  public void write(Map<TableSchema, Dataset<Row>> runRows, Map<TableSchema, Long> knownCounts) {
    for (TableSchema table : Tables.ALL) {
      Dataset<Row> rows = runRows.get(table);
      if (rows == null) {
        continue;
      }
      Dataset<Row> fresh = rows.select(table.columns());
      switch (table.kind()) {
        case PER_DOCUMENT -> writePerDocument(table, fresh);
        case REBUILT ->
            TableWriter.write(FirstRunIds.keep(fresh, priorRows(table)), table, path(table));
        case RUN_LOG -> throw new IllegalArgumentException(table.name() + " is not in snapshots");
      }
      long published = ParquetRowCounts.of(path(table), spark.sparkContext().hadoopConfiguration());
      if (published == 0) {
        EmptyTableFile.ensure(spark, table, path(table));
      }
      rowsPublished.put(table.name(), published);
      rowsWritten.put(table.name(), rowsOfRun(table, fresh, published, knownCounts));
      afterTableWritten.accept(table);
    }
  }

  private static long rowsOfRun(
      TableSchema table, Dataset<Row> fresh, long published, Map<TableSchema, Long> knownCounts) {
    if (table.kind() == TableSchema.Kind.REBUILT) {
      return published; // a rebuilt table is all this run's rows
    }
    Long known = knownCounts.get(table);
    return known != null ? known : fresh.count();
  }

  /** A table already written to the new snapshot (rebuilt aggregates read the fact tables). */
  public Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.schema()).parquet(path(table).toString());
  }

  /** Fails unless every snapshot table was written: a table left out would vanish for readers. */
  public void checkComplete() {
    for (TableSchema table : Tables.ALL) {
      if (table.inSnapshot() && !rowsPublished.containsKey(table.name())) {
        throw new IllegalStateException("the run produced no rows for table " + table.name());
      }
    }
  }

  public Map<String, Long> rowsWritten() {
    return rowsWritten;
  }

  public Map<String, Long> rowsPublished() {
    return rowsPublished;
  }

  /**
   * How each table's partitions were laid out (rewritten, carried over), tables with the same
   * layout named together: "documents, paragraphs: 0 partitions rewritten, 1 new, ...;
   * actor_stance: ...". One note per table made the run's publish line ~900 characters on a dated
   * corpus.
   */
  public String layoutSummary() {
    Map<String, List<String>> tablesByNote = new LinkedHashMap<>();
    layoutNotes.forEach(
        (table, note) -> tablesByNote.computeIfAbsent(note, n -> new ArrayList<>()).add(table));
    return tablesByNote.entrySet().stream()
        .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
        .collect(Collectors.joining("; "));
  }

  private void writePerDocument(TableSchema table, Dataset<Row> fresh) {
    Optional<Dataset<Row>> prior = priorRows(table);
    if (prior.isEmpty()) {
      TableWriter.write(fresh, table, path(table));
      layoutNotes.put(table.name(), "written whole");
      return;
    }
    if (table.equals(Tables.DOCUMENTS)) {
      priorDocuments = prior.get();
      freshDocuments = fresh;
    }
    Dataset<Row> kept = prior.get().join(replaced, TableSchema.DOC_ID, "left_anti");
    if (!canCarryOver(table)) {
      TableWriter.write(kept.unionByName(fresh), table, path(table));
      layoutNotes.put(table.name(), "rewritten whole");
      return;
    }
    TouchedPartitions touched = touchedPartitions(table);
    Path priorTable = previous.get().tablePath(table);
    int depth = table.partitionColumns().size();
    Set<String> priorFolders = PartitionFolders.list(priorTable, depth);
    // A partition that only gains documents keeps its files and gets one more with the new rows;
    // one where documents are replaced, or that has gathered enough files, is rewritten as one.
    Set<String> rewritten = touched.withReplacedDocuments();
    Set<String> appended = touched.folders();
    appended.removeAll(rewritten);
    appended.retainAll(priorFolders);
    for (String folder : List.copyOf(appended)) {
      if (PartitionFolders.dataFileCount(priorTable, folder) >= MAX_FILES_PER_PARTITION) {
        appended.remove(folder);
        rewritten.add(folder);
      }
    }
    Dataset<Row> rows =
        rewritten.isEmpty()
            ? fresh
            : kept.join(
                    broadcast(renamed(touched.values(rewritten), table)),
                    nullSafeEqual(table),
                    "left_semi")
                .unionByName(fresh);
    TableWriter.write(rows, table, path(table));
    Set<String> written = PartitionFolders.list(path(table), depth);
    if (!touched.folders().containsAll(written)) {
      throw new IllegalStateException(
          table.name()
              + ": wrote partitions "
              + written
              + " but expected only "
              + touched.folders());
    }
    Set<String> carried = new TreeSet<>(priorFolders);
    carried.removeAll(touched.folders());
    carried.addAll(appended);
    for (String folder : carried) {
      PartitionFolders.carryOver(priorTable, path(table), folder);
    }
    Set<String> created = new TreeSet<>(touched.folders());
    created.removeAll(priorFolders);
    layoutNotes.put(
        table.name(),
        String.format(
            Locale.ROOT,
            "%d partitions rewritten, %d new, %d appended to, %d linked",
            rewritten.size(),
            created.size(),
            appended.size(),
            carried.size() - appended.size()));
  }

  /**
   * The partitions this run changes, found from the documents table (written first) and shared by
   * every per-document table, which are all partitioned by their document's date.
   */
  private TouchedPartitions touchedPartitions(TableSchema table) {
    if (priorDocuments == null
        || !table.partitionColumns().equals(Tables.DOCUMENTS.partitionColumns())) {
      throw new IllegalStateException(
          table.name() + " must be partitioned as documents and written after it");
    }
    if (touched == null) {
      touched =
          TouchedPartitions.of(
              spark, priorDocuments, replaced, freshDocuments, table.partitionColumns());
    }
    return touched;
  }

  /**
   * Hard links need a local disk, a partitioned table and files written with the current schema
   * (older files would mix schemas within one table).
   */
  private boolean canCarryOver(TableSchema table) {
    return localDisk
        && !table.partitionColumns().isEmpty()
        && previous.get().schemaVersion(table).orElse(-1) == table.version();
  }

  private Optional<Dataset<Row>> priorRows(TableSchema table) {
    return previous.flatMap(p -> p.read(spark, table));
  }

  private Path path(TableSchema table) {
    return layout.table(runId, table);
  }

  // Both sides derive from one scan: distinct names keep the join from comparing a column with
  // itself.
  private static Dataset<Row> renamed(Dataset<Row> partitions, TableSchema table) {
    return partitions.select(
        table.partitionColumns().stream().map(c -> col(c).as(TOUCHED + c)).toArray(Column[]::new));
  }

  private static Column nullSafeEqual(TableSchema table) {
    List<Column> equal = new ArrayList<>();
    for (String c : table.partitionColumns()) {
      // The touched values are text (TouchedPartitions): compare as Spark casts the column.
      equal.add(col(c).cast("string").eqNullSafe(col(TOUCHED + c)));
    }
    return equal.stream().reduce(Column::and).orElseThrow();
  }
}
