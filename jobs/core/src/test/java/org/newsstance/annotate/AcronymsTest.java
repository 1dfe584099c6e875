package org.newsstance.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {
  @Test
  void initialsSkipFunctionWordsAndSplitHyphens() {
    assertThat(Acronyms.initials("Federal Bureau of Investigation")).isEqualTo("FBI");
    assertThat(Acronyms.initials("the New York Times")).isEqualTo("NYT");
    assertThat(Acronyms.initials("Hewlett-Packard")).isEqualTo("HP");
    assertThat(Acronyms.initials("Securities and Exchange Commission")).isEqualTo("SEC");
    assertThat(Acronyms.initials("Organisation for Economic Co-operation and Development"))
        .isEqualTo("OECD");
  }

  @Test
  void aNameWithALowercaseWordSpellsNoAcronym() {
    assertThat(Acronyms.initials("Doctors without Borders")).isEmpty();
  }
}
