package org.newsstance.job.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.IncrementalOptions;
import org.newsstance.testing.ProjectFiles;

/**
 * Which documents a run reprocesses, decided per document and per pipeline component, on the real
 * actor registry and real text: the seed article and short hand-written news items.
 */
class DocumentPlannerTest {
  private static final Path ACTORS = ProjectFiles.root().resolve("seeds/actors/actors.csv");
  private static final Path COUNTRIES = ProjectFiles.root().resolve("seeds/actors/countries.csv");

  private static final RawDocument SEED =
      doc("muscat", ProjectFiles.read(ProjectFiles.seedArticle()), "2026-02-06");
  private static final RawDocument ARAGHCHI =
      doc(
          "araghchi",
          "Foreign Minister Abbas Araghchi said the talks were serious and would continue.",
          "2026-02-07");
  private static final RawDocument ERDOGAN =
      doc(
          "ankara",
          "Recep Tayyip Erdogan welcomed the news from the Gulf and offered to host a second round.",
          "2026-02-08");
  private static final RawDocument WEATHER =
      doc("weather", "Heavy rain is expected across the region on Monday morning.", null);

  /** Entries kept by earlier runs, by component and hash. */
  private final Map<String, Map<String, String>> kept = new HashMap<>();

  private final ComponentEntries store =
      (component, hash) -> Optional.ofNullable(kept.get(component + "/" + hash));

  private PipelineVersion version(Map<String, String> forms, String parser) {
    PipelineComponent registry = PipelineComponent.surfaceForms("actor_registry", forms);
    kept.put("actor_registry/" + registry.hash(), registry.entries());
    return PipelineVersion.empty()
        .with(PipelineComponent.settings("nlp_models", Map.of("parse.model", parser)))
        .with(registry);
  }

  private static RawDocument doc(String id, String text, String publishedAt) {
    return new RawDocument(id, "given", null, null, publishedAt, text, Map.of(), id + ".txt");
  }

  private static Decision decide(
      DocumentPlanner planner, RawDocument doc, PipelineVersion producedWith) {
    String hash = InputFingerprint.of(doc);
    return planner.decide(doc, hash, hash, producedWith.hashes());
  }

  private DocumentPlanner planner(
      IncrementalOptions options, PipelineVersion current, PipelineVersion... published) {
    Set<Map<String, String>> versions = new java.util.HashSet<>();
    for (PipelineVersion v : published) {
      versions.add(v.hashes());
    }
    return new DocumentPlanner(options, current, versions, store);
  }

  @Test
  void unchangedDocumentsUnderTheSameVersionAreSkipped() {
    PipelineVersion v1 = version(RegistryFiles.forms(ACTORS, COUNTRIES), "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v1, v1);
    assertThat(decide(planner, SEED, v1)).isEqualTo(Decision.UNCHANGED);
    assertThat(decide(planner, ARAGHCHI, v1)).isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void newAndChangedDocumentsAreAnalysed() {
    PipelineVersion v1 = version(RegistryFiles.forms(ACTORS), "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v1, v1);
    assertThat(planner.decide(SEED, InputFingerprint.of(SEED), null, null)).isEqualTo(Decision.NEW);
    RawDocument edited =
        doc("araghchi", ARAGHCHI.text().replace("serious", "constructive"), "2026-02-07");
    assertThat(
            planner.decide(
                edited, InputFingerprint.of(edited), InputFingerprint.of(ARAGHCHI), v1.hashes()))
        .isEqualTo(Decision.CHANGED);
  }

  @Test
  void anActorAddedToTheRegistryReprocessesOnlyTheDocumentsThatMentionIt() {
    TreeMap<String, String> before = RegistryFiles.forms(ACTORS, COUNTRIES);
    before.remove("Abbas Araghchi");
    before.remove("Abbas Araqchi");
    PipelineVersion v1 = version(before, "englishSR");
    PipelineVersion v2 = version(RegistryFiles.forms(ACTORS, COUNTRIES), "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);

    assertThat(decide(planner, ARAGHCHI, v1)).isEqualTo(Decision.PIPELINE);
    // The seed article names him once in full ("Foreign Minister Abbas Araghchi").
    assertThat(decide(planner, SEED, v1)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, ERDOGAN, v1)).isEqualTo(Decision.UNCHANGED);
    assertThat(decide(planner, WEATHER, v1)).isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void anEditedActorRowReprocessesDocumentsMentioningAnyOfItsForms() {
    TreeMap<String, String> before = RegistryFiles.forms(ACTORS, COUNTRIES);
    TreeMap<String, String> after = new TreeMap<>(before);
    // Oman's row gains an affiliation-like change: every form of the row now resolves differently.
    after.replaceAll((form, row) -> row.startsWith("country:omn,") ? row + ",edited" : row);
    PipelineVersion v1 = version(before, "englishSR");
    PipelineVersion v2 = version(after, "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);

    // The seed article names Oman and Muscat (Oman's capital, a metonym).
    assertThat(decide(planner, SEED, v1)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, ARAGHCHI, v1)).isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void removedFormsAndFoldedSpellingsAreCaught() {
    TreeMap<String, String> before = RegistryFiles.forms(ACTORS, COUNTRIES);
    TreeMap<String, String> after = new TreeMap<>(before);
    assertThat(after.remove("Recep Tayyip Erdoğan")).isNotNull();
    PipelineVersion v1 = version(before, "englishSR");
    PipelineVersion v2 = version(after, "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);

    // Spelled without the breve: the planner folds accents, so it errs on the safe side.
    assertThat(decide(planner, ERDOGAN, v1)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, WEATHER, v1)).isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void aFormWithAnApostropheIsCaughtWhicheverApostropheTheTextUses() {
    TreeMap<String, String> before = RegistryFiles.forms(ACTORS, COUNTRIES);
    TreeMap<String, String> after = new TreeMap<>(before);
    after.replaceAll((form, row) -> row.startsWith("person:gideon-saar,") ? row + ",edited" : row);
    PipelineVersion v1 = version(before, "englishSR");
    PipelineVersion v2 = version(after, "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);

    // News text writes the registry's "Sa'ar" with a curly apostrophe, which the annotator matches.
    RawDocument curly =
        doc("saar", "Israeli Foreign Minister Gideon Sa\u2019ar rejected the proposal.", null);
    assertThat(decide(planner, curly, v1)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, ARAGHCHI, v1)).isEqualTo(Decision.UNCHANGED);
  }

  /** The registry as the job keys it (RegistryForms), with a user file of the given rows. */
  private PipelineVersion registryVersion(Path dir, String userRows) throws IOException {
    Path user = dir.resolve("actors-" + userRows.hashCode() + ".csv");
    Files.writeString(
        user,
        "actor_id,name,type,affiliation,aliases,metonyms,demonyms\n" + userRows,
        StandardCharsets.UTF_8);
    return version(RegistryForms.of(ActorRegistry.load(List.of(user))), "englishSR");
  }

  /**
   * A user registry row added after {@code doc} and the weather item were published: the first must
   * be reprocessed, the second must not.
   */
  private void addingTheRowReprocessesOnly(Path dir, String userRow, RawDocument doc)
      throws IOException {
    PipelineVersion v1 = registryVersion(dir, "");
    PipelineVersion v2 = registryVersion(dir, userRow + "\n");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);

    assertThat(decide(planner, doc, v1)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, WEATHER, v1)).isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void aPersonWithAGenerationalSuffixIsKeyedByTheSurnameTheResolverUses(@TempDir Path dir)
      throws IOException {
    // The text names him by surname only, which the resolver links to the new registry row.
    addingTheRowReprocessesOnly(
        dir,
        "person:michael-miske-jr,Michael Miske Jr.,person,,Michael Miske Jr.|Michael Miske,,",
        doc("miske", "Miske was indicted on Tuesday. Miske denied every charge.", null));
  }

  @Test
  void aFormIsFoundInTheTextAsTheAnalysisRepairsIt(@TempDir Path dir) throws IOException {
    // UTF-8 once decoded as Latin-1: the analysis reads "Sinn Féin" after repairing it.
    addingTheRowReprocessesOnly(
        dir,
        "organisation:sinn-fein,Sinn F\u00e9in,organisation,country:irl,Sinn F\u00e9in,,",
        doc("sf", "Sinn F\u00c3\u00a9in won the most seats in the assembly election.", null));
  }

  @Test
  void aNewModelReprocessesEveryDocument() {
    Map<String, String> forms = RegistryFiles.forms(ACTORS);
    PipelineVersion v1 = version(forms, "englishSR");
    PipelineVersion v2 = version(forms, "englishPCFG");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);
    assertThat(decide(planner, WEATHER, v1)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, SEED, v1)).isEqualTo(Decision.PIPELINE);
  }

  @Test
  void withoutTheEarlierRegistryEveryDocumentIsReprocessed() {
    PipelineVersion v1 = version(RegistryFiles.forms(ACTORS), "englishSR");
    kept.clear();
    PipelineVersion v2 = version(RegistryFiles.forms(ACTORS, COUNTRIES), "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, v2, v1);
    assertThat(decide(planner, WEATHER, v1)).isEqualTo(Decision.PIPELINE);
  }

  @Test
  void aRegistryNewToThePipelineReprocessesOnlyDocumentsMentioningActors() {
    PipelineVersion before =
        PipelineVersion.empty()
            .with(PipelineComponent.settings("nlp_models", Map.of("parse.model", "englishSR")));
    PipelineVersion after = version(RegistryFiles.forms(ACTORS, COUNTRIES), "englishSR");
    DocumentPlanner planner = planner(IncrementalOptions.INCREMENTAL, after, before);
    assertThat(decide(planner, SEED, before)).isEqualTo(Decision.PIPELINE);
    assertThat(decide(planner, WEATHER, before)).isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void fullAndSinceForceUnchangedDocuments() {
    PipelineVersion v1 = version(RegistryFiles.forms(ACTORS), "englishSR");
    assertThat(decide(planner(new IncrementalOptions(true, null, false), v1, v1), WEATHER, v1))
        .isEqualTo(Decision.FULL);
    DocumentPlanner since =
        planner(new IncrementalOptions(false, LocalDate.parse("2026-02-07"), false), v1, v1);
    assertThat(decide(since, SEED, v1)).isEqualTo(Decision.UNCHANGED);
    assertThat(decide(since, ARAGHCHI, v1)).isEqualTo(Decision.SINCE);
    assertThat(decide(since, ERDOGAN, v1)).isEqualTo(Decision.SINCE);
    assertThat(decide(since, WEATHER, v1)).as("undated").isEqualTo(Decision.UNCHANGED);
  }

  @Test
  void fingerprintFollowsContentAndMetadataButNotOrigin() {
    RawDocument moved =
        new RawDocument(
            "araghchi", "given", null, null, "2026-02-07", ARAGHCHI.text(), Map.of(), "2026/a.txt");
    RawDocument redated =
        new RawDocument(
            "araghchi", "given", null, null, "2026-02-08", ARAGHCHI.text(), Map.of(), "a.txt");
    RawDocument retitled =
        new RawDocument(
            "araghchi", "given", "Talks", null, "2026-02-07", ARAGHCHI.text(), Map.of(), "a.txt");
    String original = InputFingerprint.of(ARAGHCHI);
    assertThat(InputFingerprint.of(moved)).isEqualTo(original);
    assertThat(InputFingerprint.of(redated)).isNotEqualTo(original);
    assertThat(InputFingerprint.of(retitled)).isNotEqualTo(original);
  }

  @Test
  void versionHashIgnoresOrderAndFollowsEveryComponent() {
    PipelineVersion a =
        PipelineVersion.empty()
            .component("segmentation", "s1", Invalidation.ALL_DOCUMENTS)
            .component("topic_registry", "t1", Invalidation.NONE);
    PipelineVersion b =
        PipelineVersion.empty()
            .component("topic_registry", "t1", Invalidation.NONE)
            .component("segmentation", "s1", Invalidation.ALL_DOCUMENTS);
    assertThat(a.hash()).isEqualTo(b.hash());
    assertThat(a.component("topic_registry", "t2", Invalidation.NONE).hash())
        .isNotEqualTo(a.hash());
    // A component that feeds only rebuilt tables never reprocesses documents.
    DocumentPlanner planner =
        planner(
            IncrementalOptions.INCREMENTAL,
            a.component("topic_registry", "t2", Invalidation.NONE),
            a);
    assertThat(decide(planner, SEED, a)).isEqualTo(Decision.UNCHANGED);
  }
}
