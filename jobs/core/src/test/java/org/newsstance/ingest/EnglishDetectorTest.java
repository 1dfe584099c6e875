package org.newsstance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsstance.testing.ProjectFiles;

class EnglishDetectorTest {

  @Test
  void seedArticleIsEnglish() {
    assertThat(EnglishDetector.judge(ProjectFiles.read(ProjectFiles.seedArticle())).english())
        .isTrue();
  }

  @Test
  void otherLanguagesAreNot() {
    String german =
        "Die Verhandlungen zwischen den Vereinigten Staaten und Iran haben am Freitag in Maskat begonnen."
            + " Beide Seiten bleiben bei ihren Forderungen, und eine Einigung ist nicht in Sicht.";
    String french =
        "Les négociations entre les États-Unis et l'Iran ont repris vendredi à Mascate, sous la menace"
            + " d'une nouvelle escalade militaire dans toute la région du Golfe persique.";
    String spanish =
        "Las negociaciones entre Estados Unidos e Irán se reanudaron el viernes en Mascate, bajo la"
            + " amenaza de una nueva escalada militar en toda la región del golfo Pérsico.";
    String russian =
        "Переговоры между США и Ираном возобновились в пятницу в Маскате на фоне угрозы новой военной"
            + " эскалации в регионе Персидского залива и за его пределами.";
    String arabic =
        "استؤنفت المحادثات بين الولايات المتحدة وإيران يوم الجمعة في مسقط وسط تهديدات بتصعيد عسكري جديد في المنطقة كلها";
    for (String text : new String[] {german, french, spanish, russian, arabic}) {
      assertThat(EnglishDetector.judge(text).english()).as(text).isFalse();
    }
  }

  @Test
  void shortTextIsGivenTheBenefitOfTheDoubt() {
    assertThat(EnglishDetector.judge("Muscat, Oman").english()).isTrue();
  }

  /** Terse English holds almost no function words, as foreign text does, but not another's. */
  @Test
  void terseEnglishIsEnglishUnlessItHoldsAnotherLanguagesFunctionWords() {
    String results =
        "Premier League results: Arsenal 2 Chelsea 1; Liverpool 3 Everton 0; Leeds United 1"
            + " Newcastle 1; Brighton 0 Fulham 2; Tottenham 4 Wolves 1; Aston Villa 2 Burnley 2.";
    String captions =
        "Photo: Protesters outside parliament, Tuesday. Photo: Police line, central London."
            + " Photo: Minister Jane Doe, right, arrives. Credit: Reuters.";
    assertThat(EnglishDetector.judge(results).english()).as(results).isTrue();
    assertThat(EnglishDetector.judge(captions).english()).as(captions).isTrue();
  }

  /** Chinese puts no spaces between words: a paragraph is one long run, still not English. */
  @Test
  void aTextInAnotherScriptIsNotEnglishHoweverFewItsSpaces() {
    String chinese = "美国和伊朗周五在马斯喀特恢复谈判，双方仍坚持各自的要求，地区局势依然紧张，外交人士表示达成协议的前景并不明朗。".repeat(3);
    assertThat(EnglishDetector.judge(chinese).english()).isFalse();
    assertThat(EnglishDetector.judge("Переговоры в Маскате").english()).isFalse();
  }

  /** A base64 image inline in an English article is no foreign text. */
  @Test
  void longRunsWithoutSpacesAreNoWords() {
    String article = ProjectFiles.read(ProjectFiles.seedArticle()).substring(0, 1_000);
    String blob = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB".repeat(500);
    assertThat(EnglishDetector.judge(article + "\n" + blob + "\n").english()).isTrue();
  }

  @Test
  void nonEnglishDocumentIsQuarantinedWithItsId() {
    RawDocument doc =
        new RawDocument(
            "de-1",
            "given",
            null,
            null,
            null,
            "Die Verhandlungen zwischen den Vereinigten Staaten und Iran haben am Freitag in Maskat"
                + " begonnen, doch eine Einigung über das Atomprogramm ist weiterhin nicht in Sicht.",
            null,
            "de.jsonl:1");
    Quarantined q = DocumentChecks.problem(doc).orElseThrow();
    assertThat(q.reason()).isEqualTo(QuarantineReason.NON_ENGLISH);
    assertThat(q.docId()).isEqualTo("de-1");
    assertThat(q.detail()).contains("English");
  }
}
