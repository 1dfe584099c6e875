package org.newsstance.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstance.annotate.ActorResolutionTest.namesOf;

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
    // A state of Nigeria: a style word counts before the name only ("State of Palestine").
    assertThat(namesOf("Gunmen abducted pupils in Niger State, while Niger's army denied it."))
        .containsExactly("Niger=country:ner");
  }

  @Test
  void twoRegistryActorsJoinedAreBoth() {
    assertThat(namesOf("The U.S.-Iran talks resumed, and US-Iran relations improved."))
        .containsExactly(
            "U.S.=country:usa", "Iran=country:irn", "US=country:usa", "Iran=country:irn");
    assertThat(namesOf("Pelosi urged Nunes to recuse himself from the Trump-Russia investigation."))
        .contains("Russia=country:rus");
    assertThat(namesOf("Jim Jordan said DOJ & FBI dressed up opposition research."))
        .contains("Jim Jordan=person:jim-jordan", "FBI=institution:fbi");
  }

  @Test
  void whatNerRunsIntoANameDoesNotMakeItLonger() {
    // An all-capitals word, and a headline in title case.
    assertThat(
            namesOf("Brennan should be asked to testify under oath in Congress ASAP, Paul wrote."))
        .contains("Congress=institution:us-congress");
    assertThat(namesOf("Federal Reserve Leaves Interest Rates Unchanged For The Time Being"))
        .containsExactly("Federal Reserve=institution:federal-reserve");
    // A seat of government that ends an organisation's name is its head.
    assertThat(namesOf("A reporter said he was threatened by the Obama White House on Thursday."))
        .contains("White House=country:usa");
  }

  @Test
  void aFormInsideALongerNameStillGivesABareSurnameItsContext() {
    // The registry's "Trump" needs the United States in the text; the White House inside an
    // association's name says so, though it is no mention.
    assertThat(
            namesOf(
                "Trump said at a dinner for the White House Historical Association that Melania"
                    + " was the star."))
        .contains("Trump=person:donald-trump")
        .noneMatch(m -> m.endsWith("=country:usa"));
  }

  @Test
  void aCapitalInsideANameIsNeitherTheCountryNorANewActor() {
    // NER tags the seed's "Muscat Gamble" (the talks) an organisation too; a metonym inside a
    // name makes no actor either way.
    assertThat(namesOf("The Washington Post reported the leak on Friday.")).isEmpty();
    assertThat(namesOf("George Washington crossed the river."))
        .containsExactly("George Washington=person:george-washington");
    // NER's "America of Kelly" is no name: a person's name holds no lower-case word but a particle.
    assertThat(namesOf("Viewers reminded NBC and America of Kelly's career history."))
        .noneMatch(m -> m.contains("=person:america"));
    // A person's name around a capital is the person's: Santiago is Chile's seat of government.
    assertThat(namesOf("Paraguay's President Santiago Peña said the deal was fair."))
        .containsExactly("Paraguay=country:pry", "Santiago Peña=person:santiago-pena");
  }

  @Test
  void aCountrysOwnBodyStillNamesTheCountry() {
    assertThat(namesOf("Pakistan Army officers met the delegation."))
        .containsExactly("Pakistan=country:pak");
    assertThat(namesOf("The Iran Space Agency said the launch would go ahead."))
        .containsExactly("Iran=country:irn");
    assertThat(namesOf("The Indian Environment Ministry said the permit was valid."))
        .containsExactly("Indian=country:ind");
    assertThat(namesOf("The U.S. Commerce Department said the rules would change."))
        .containsExactly("U.S.=country:usa");
    assertThat(namesOf("The Islamic Republic of Iran rejected the offer."))
        .containsExactly("Islamic Republic of Iran=country:irn");
  }

  @Test
  void aGenerationalSuffixMakesAnotherPerson() {
    assertThat(namesOf("Donald Trump Jr. attacked the reporters."))
        .containsExactly("Donald Trump Jr.=person:donald-trump-jr");
    assertThat(namesOf("Donald Trump attacked the reporters."))
        .containsExactly("Donald Trump=person:donald-trump");
    // The registry lists this full style; a form ending in an abbreviation matches whole.
    assertThat(namesOf("Joseph R. Biden Jr. said the talks were useful."))
        .containsExactly("Joseph R. Biden Jr.=person:joe-biden");
    // A regnal number is no generational suffix.
    assertThat(namesOf("King Charles III met the ambassador."))
        .containsExactly("King Charles=person:charles-iii");
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
        .noneMatch(m -> m.contains("scheiner") || m.endsWith("=organisation:ap"));
    // PerSenT strips commas to two spaces, which leaves AP's "File" a name of its own.
    assertThat(
            namesOf(
                "Odinga on Thursday rejected the advice. (AP Photo/Ben Curtis  File) Odinga said"
                    + " the vote was stolen."))
        .noneMatch(m -> m.contains("file") || m.contains("curtis"));
    assertThat(namesOf("KYIV, Ukraine, Jan 5 (Reuters) - Ukraine said Russia had launched drones."))
        .containsExactly("Ukraine=country:ukr", "Ukraine=country:ukr", "Russia=country:rus");
    assertThat(
            namesOf(
                "Iran said it would respond.\n\n(Reporting by Parisa Hafezi; Editing by Toby Chopra)"))
        .containsExactly("Iran=country:irn");
    // The CRF runs a caption's name into the next sentence across a dash: the story's name stays.
    assertThat(
            namesOf(
                "Abigail Johnson chairs Fidelity. REUTERS / Brian Snyder - Johnson is addressing"
                    + " the complaints."))
        .containsExactly(
            "Abigail Johnson=person:abigail-johnson", "Johnson=person:abigail-johnson");
    // A caption's surname must not join a person of the story by name either.
    assertThat(namesOf("Israeli minister Eli Cohen spoke on Sunday. REUTERS/Amir Cohen"))
        .containsExactly("Eli Cohen=person:eli-cohen");
    assertThat(namesOf("Iran said on Monday it would resume talks. Photo: Getty Images"))
        .noneMatch(m -> m.contains("getty"));
    assertThat(namesOf("It was an iconic image: Phyllis Lyon and Del Martin embraced."))
        .contains("Phyllis Lyon=person:phyllis-lyon");
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
