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
