package org.newsstance.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.testing.Analyses;

/** Each resolution rule on hand-written sentences, including the uses that must not resolve. */
class ActorResolutionTest {
  private static List<String> actorsOf(String text) {
    return Analyses.analyze(text).mentions().stream()
        .map(m -> m.surface() + "=" + m.actorId() + "/" + m.resolution().code())
        .toList();
  }

  @Test
  void capitalIsAnActorWhereItActsOrSpeaksOnly() {
    assertThat(actorsOf("Tehran rejected the offer on Monday."))
        .containsExactly("Tehran=country:irn/metonymy");
    assertThat(actorsOf("Washington's demands were clear to everyone."))
        .containsExactly("Washington=country:usa/metonymy");
    assertThat(actorsOf("It was a concession by the White House to the other side."))
        .containsExactly("White House=country:usa/metonymy");
    assertThat(actorsOf("The delegates held talks in Muscat on Friday.")).isEmpty();
    assertThat(actorsOf("The Muscat summit ended early.")).isEmpty();
    assertThat(actorsOf("Voters in Washington state approved the measure.")).isEmpty();
  }

  @Test
  void demonymIsAnActorForPeopleBodiesAndTheirActsOnly() {
    assertThat(actorsOf("Iranian officials said the talks would continue."))
        .containsExactly("Iranian=country:irn/demonym");
    assertThat(actorsOf("Israeli strikes hit the facility overnight."))
        .containsExactly("Israeli=country:isr/demonym");
    assertThat(actorsOf("Iranians voted in large numbers."))
        .containsExactly("Iranians=country:irn/demonym");
    assertThat(actorsOf("No inspector has set foot on Iranian soil since June.")).isEmpty();
  }

  @Test
  void caseDistinguishesTheCountryFromThePronoun() {
    assertThat(actorsOf("The US told us that it will not wait."))
        .containsExactly("US=country:usa/registry_alias");
  }

  @Test
  void surnamesMergeWithAFullNameOfTheSameDocument() {
    DocumentAnalysis analysis =
        Analyses.analyze(
            "In 2006 Benjamin Koellmann bought a condominium in Miami Beach.\n\n"
                + "\"People like me are beginning to feel like suckers,\" Koellmann said.");
    assertThat(analysis.mentions())
        .extracting(m -> m.surface() + "=" + m.actorId() + "/" + m.resolution().code())
        .contains(
            "Benjamin Koellmann=person:benjamin-koellmann/ner",
            "Koellmann=person:benjamin-koellmann/name_merge");
    assertThat(analysis.discoveredActors()).containsKey("person:benjamin-koellmann");
  }

  @Test
  void aSurnameOnlyOneRegistryPersonBearsResolvesToThem() {
    assertThat(actorsOf("Both Trump and Khamenei are playing to domestic audiences."))
        .contains("Khamenei=person:ali-khamenei/registry_surname");
  }
}
