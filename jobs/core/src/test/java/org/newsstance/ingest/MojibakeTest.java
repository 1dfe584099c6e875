package org.newsstance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mojibake is repaired where the reading is unambiguous (the forms found in PerSenT and in text
 * misread as Windows-1252), and text that only looks similar is left exactly as it was.
 */
class MojibakeTest {
  @Test
  void repairsUtf8ReadAsLatin1WithItsInvisibleControlCharacters() {
    // PerSenT's form: ’ (E2 80 99) became "â" and the C1 controls U+0080 U+0099.
    Mojibake.Repaired r =
        Mojibake.repair("Senate Minority Leader Chuck Schumer\u00e2\u0080\u0099s opposition");
    assertThat(r.text()).isEqualTo("Senate Minority Leader Chuck Schumer\u2019s opposition");
    assertThat(r.sequences()).isEqualTo(1);

    Mojibake.Repaired quotes =
        Mojibake.repair(
            "\u00e2\u0080\u009cThe President is gone\u00e2\u0080\u009d \u00e2\u0080\u0094 he said.");
    assertThat(quotes.text()).isEqualTo("\u201cThe President is gone\u201d \u2014 he said.");
    assertThat(quotes.sequences()).isEqualTo(3);
  }

  @Test
  void repairsUtf8ReadAsWindows1252AndLatinLettersReadAsTwo() {
    assertThat(
            Mojibake.repair("It\u00e2\u20ac\u2122s the caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo")
                .text())
        .isEqualTo("It\u2019s the caf\u00e9 in S\u00e3o Paulo");
    // Windows-1252 leaves 0x9D undefined, so such text keeps the C1 control there.
    assertThat(Mojibake.repair("\u00e2\u20ac\u009dend").text()).isEqualTo("\u201dend");
  }

  @Test
  void repairsAnApostropheWhoseBytesWereLostInsideAnEnglishContraction() {
    // PerSenT dev: the C1 controls of "â\u0080\u0099" stripped, only "â" left.
    Mojibake.Repaired r =
        Mojibake.repair(
            "Weinstein\u00e2s lawyers said they don\u00e2t know; I\u00e2m sure you\u00e2re"
                + " right, and it\u00e2ll pass.");
    assertThat(r.text())
        .isEqualTo(
            "Weinstein\u2019s lawyers said they don\u2019t know; I\u2019m sure you\u2019re"
                + " right, and it\u2019ll pass.");
    assertThat(r.sequences()).isEqualTo(5);
    // Words that hold the letter: a Vietnamese name, Romanian, French.
    String words = "L\u00e2m said c\u00e2t; the ch\u00e2teau and p\u00e2t\u00e9; \u00e2s.";
    assertThat(Mojibake.repair(words).text()).isSameAs(words);
  }

  @Test
  void leavesCorrectAndAmbiguousTextAlone() {
    String clean =
        "D\u00e9j\u00e0 vu \u2014 \u201cIt\u2019s fine,\u201d said Ren\u00e9e of Caf\u00e9\u2122 Co."
            + " \u00c2nimo, \u00c0 la carte, 50 \u00b0C.";
    Mojibake.Repaired r = Mojibake.repair(clean);
    assertThat(r.text()).isSameAs(clean);
    assertThat(r.sequences()).isZero();
    // Damage that lost a byte cannot be undone with certainty: kept as it is.
    assertThat(Mojibake.repair("and so on\u00e2\u00a6 more").text())
        .isEqualTo("and so on\u00e2\u00a6 more");
    // A sequence cut off by the end of the text is not a character.
    assertThat(Mojibake.repair("end\u00e2\u0080").text()).isEqualTo("end\u00e2\u0080");
  }
}
