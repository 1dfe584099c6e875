package org.newsstance.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.testing.Analyses;
import org.newsstance.testing.ProjectFiles;

/** Every actor the seed article names is found, under each of the forms the article uses. */
class SeedActorsTest {
  /** The actors of the seed article and every form by which the article names each of them. */
  private static final Map<String, List<String>> ACTORS =
      Map.ofEntries(
          Map.entry("country:irn", List.of("Iran", "Tehran", "Iranian")),
          Map.entry(
              "country:usa", List.of("US", "Washington", "White House", "Trump administration")),
          Map.entry("country:isr", List.of("Israel", "Israeli")),
          Map.entry("country:pak", List.of("Pakistan")),
          Map.entry("country:sau", List.of("Saudi Arabia")),
          Map.entry("country:jor", List.of("Jordan")),
          Map.entry("country:omn", List.of("Oman")),
          Map.entry("person:donald-trump", List.of("President Trump", "Trump")),
          Map.entry("person:steve-witkoff", List.of("Steve Witkoff", "Witkoff")),
          Map.entry("person:abbas-araghchi", List.of("Abbas Araghchi", "Araghchi")),
          Map.entry("person:marco-rubio", List.of("Marco Rubio", "Rubio")),
          Map.entry("person:masoud-pezeshkian", List.of("Masoud Pezeshkian")),
          Map.entry("person:ali-khamenei", List.of("Khamenei")),
          Map.entry("person:jared-kushner", List.of("Jared Kushner")),
          Map.entry("armed_group:hezbollah", List.of("Hezbollah")),
          Map.entry("armed_group:houthis", List.of("Houthis")));

  /** Forms that always name their actor: every occurrence in the text must be a mention. */
  private static final List<String> ALWAYS_ACTORS =
      List.of("Iran", "US", "Israel", "Pakistan", "Saudi Arabia", "Jordan", "Hezbollah", "Houthis");

  private final DocumentAnalysis seed = Analyses.seed();
  private final String text = ProjectFiles.read(ProjectFiles.seedArticle());

  @Test
  void everyActorIsFoundUnderEachOfItsForms() {
    ACTORS.forEach(
        (actorId, forms) -> {
          for (String form : forms) {
            assertThat(seed.mentions())
                .as("%s as '%s'", actorId, form)
                .anySatisfy(
                    m -> {
                      assertThat(m.surface()).isEqualTo(form);
                      assertThat(m.actorId()).isEqualTo(actorId);
                    });
          }
        });
  }

  @Test
  void everyMentionOfTheseFormsResolvesToTheirActor() {
    ACTORS.forEach(
        (actorId, forms) ->
            assertThat(seed.mentions())
                .filteredOn(m -> forms.contains(m.surface()))
                .as("mentions written as %s", forms)
                .allSatisfy(m -> assertThat(m.actorId()).isEqualTo(actorId)));
  }

  @Test
  void everyOccurrenceOfACountryOrGroupNameIsAMention() {
    for (String form : ALWAYS_ACTORS) {
      Matcher occurrence = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
      while (occurrence.find()) {
        int at = occurrence.start();
        assertThat(seed.mentions())
            .as("'%s' at offset %d", form, at)
            .anySatisfy(m -> assertThat(m.charBegin()).isEqualTo(at));
      }
    }
  }

  @Test
  void noCommonWordAndNoPlaceOnlyCapitalBecomesAnActor() {
    assertThat(seed.mentions())
        .filteredOn(m -> m.resolution() != Resolution.COREF)
        .extracting(ActorMention::surface)
        .doesNotContain("us", "may", "May", "will", "it", "no", "It", "No", "Muscat", "Istanbul");
    assertThat(seed.mentions()).noneMatch(m -> m.surface().equals("Muscat"));
  }

  @Test
  void mentionOffsetsSliceBackToTheirSurface() {
    for (ActorMention m : seed.mentions()) {
      assertThat(text.substring(m.charBegin(), m.charEnd())).isEqualTo(m.surface());
    }
  }
}
