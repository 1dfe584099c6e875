package org.newsstance.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.score.stance.ActorStance;
import org.newsstance.testing.Analyses;

/**
 * Registry rule 2 (a form inside a longer proper name is not its actor) and credits (datelines,
 * photo credits), on the kinds of sentence where PerSenT's articles went wrong before them.
 */
class LongerNamesAndCreditsTest {
  /** Each mention as "surface=actor_id", in document order. */
  private static List<String> namesOf(String text) {
    return Analyses.analyze(text).mentions().stream()
        .map(m -> m.surface() + "=" + m.actorId())
        .toList();
  }

  @Test
  void aCountryInsideAPersonsOrAnOrganisationsNameIsNotTheCountry() {
    assertThat(namesOf("Jordan Spieth won the Masters on Sunday."))
        .containsExactly("Jordan Spieth=person:jordan-spieth");
    assertThat(namesOf("Sheriff Scott Israel defended his deputies."))
        .doesNotContain("Scott Israel=country:isr")
        .contains("Scott Israel=person:scott-israel");
    assertThat(namesOf("USA Gymnastics ignored the complaints for years."))
        .containsExactly("USA Gymnastics=organisation:usa-gymnastics");
    assertThat(namesOf("Vatican Radio said the visit would go ahead."))
        .contains("Vatican Radio=organisation:vatican-radio")
        .noneMatch(m -> m.endsWith("=country:vat"));
  }

  @Test
  void aPlaceNamedAfterACountryIsNotTheCountry() {
    assertThat(namesOf("Voters in New Mexico and Northern Ireland went to the polls.")).isEmpty();
    assertThat(namesOf("Tanker traffic in the Gulf of Oman fell sharply.")).isEmpty();
  }

  @Test
  void aCapitalInsideANameIsNeitherTheCountryNorANewActor() {
    // NER tags the seed's "Muscat Gamble" (the talks) an organisation too; a metonym inside a
    // name makes no actor either way.
    assertThat(namesOf("The Washington Post reported the leak on Friday."))
        .noneMatch(m -> m.endsWith("=country:usa"));
  }

  @Test
  void aCountrysOwnBodyStillNamesTheCountry() {
    assertThat(namesOf("Pakistan Army officers met the delegation."))
        .containsExactly("Pakistan=country:pak");
    assertThat(namesOf("The Iran Space Agency said the launch would go ahead."))
        .containsExactly("Iran=country:irn");
    assertThat(namesOf("The Indian Environment Ministry said the permit was valid."))
        .containsExactly("Indian=country:ind");
    assertThat(namesOf("The Islamic Republic of Iran rejected the offer."))
        .containsExactly("Islamic Republic of Iran=country:irn");
  }

  @Test
  void aGenerationalSuffixMakesAnotherPerson() {
    assertThat(namesOf("Donald Trump Jr. attacked the reporters."))
        .containsExactly("Donald Trump Jr.=person:donald-trump-jr");
    assertThat(namesOf("Donald Trump attacked the reporters."))
        .containsExactly("Donald Trump=person:donald-trump");
  }

  @Test
  void datelinesAndPhotoCreditsNameNoActor() {
    DocumentAnalysis dateline =
        Analyses.analyze(
            "BRASILIA (Reuters) - Brazil's president said on Sunday that he would veto the bill.");
    assertThat(dateline.mentions()).noneMatch(m -> m.actorId().equals("organisation:reuters"));
    assertThat(dateline.mentions()).anyMatch(m -> m.actorId().equals("country:bra"));
    // Before, the agency held the stance the sentence reports.
    assertThat(dateline.stances())
        .extracting(ActorStance::holderActorId)
        .doesNotContain("organisation:reuters");
    assertThat(
            namesOf("Iran's president speaks in Tehran, Iran, May 3, 2019. REUTERS/Kevin Lamarque"))
        .noneMatch(m -> m.contains("lamarque"));
    assertThat(
            namesOf("Netanyahu attends a meeting in Jerusalem (AP Photo/Sebastian Scheiner, File)"))
        .noneMatch(m -> m.contains("scheiner"));
    assertThat(namesOf("Iran said on Monday it would resume talks. Photo: Getty Images"))
        .noneMatch(m -> m.contains("getty"));
    // Reuters' caption heading: a caption follows it, not a credit.
    assertThat(namesOf("FILE PHOTO: Zimbabwe's President Robert Mugabe looks on."))
        .contains("Zimbabwe=country:zwe");
  }

  @Test
  void anAgencyTheStoryNamesIsStillAnActorButNotInItsDateline() {
    assertThat(namesOf("Iran said on Monday it would resume talks, Reuters reported."))
        .contains("Reuters=organisation:reuters");
    // The story's own "Reuters" once made every other use of the word a mention, the dateline's
    // too.
    List<Integer> reutersAt =
        Analyses.analyze(
                "TEHRAN (Reuters) - Iran said on Monday it would resume talks, Reuters reported.")
            .mentions()
            .stream()
            .filter(m -> m.actorId().equals("organisation:reuters"))
            .map(m -> m.tokenBegin())
            .toList();
    assertThat(reutersAt).hasSize(1).allMatch(token -> token > 5);
  }

  @Test
  void aRegistrySurnameWithACurlyApostropheIsTheRegistryPerson() {
    assertThat(namesOf("Sa’ar said on Monday that Israel would respond to the attack."))
        .containsExactly("Sa’ar=person:gideon-saar", "Israel=country:isr");
  }
}
