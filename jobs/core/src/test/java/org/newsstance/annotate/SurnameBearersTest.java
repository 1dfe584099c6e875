package org.newsstance.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.annotate.SurnameBearers.Naming;

/** Which bearer a bare surname means, on positions alone (no CoreNLP). */
class SurnameBearersTest {
  private static final String ROBERT = "person:robert-mugabe";
  private static final String GRACE = "person:grace-mugabe";

  @Test
  void beforeASecondBearerIsNamedTheBareSurnameIsTheFirst() {
    // Grace is named in full more often, but at 15 only Robert had been named.
    SurnameBearers bearers =
        SurnameBearers.of(
            List.of(new Naming(ROBERT, 10), new Naming(GRACE, 20), new Naming(GRACE, 40)),
            List.of(50L));
    assertThat(bearers.at(15)).isEqualTo(ROBERT);
    assertThat(bearers.at(45)).isEqualTo(GRACE);
    assertThat(bearers.at(5)).isEqualTo(GRACE);
  }

  @Test
  void bareUsesWhileAloneCountForTheFirstBearer() {
    // Robert: one full name and two bare uses before Grace; Grace: two full names.
    SurnameBearers bearers =
        SurnameBearers.of(
            List.of(new Naming(ROBERT, 10), new Naming(GRACE, 30), new Naming(GRACE, 40)),
            List.of(15L, 20L, 50L, 60L));
    assertThat(bearers.at(50)).isEqualTo(ROBERT);
  }

  @Test
  void onATieTheBearerNamedFirstIsThePrincipal() {
    SurnameBearers bearers =
        SurnameBearers.of(
            List.of(new Naming("person:tony-granato", 10), new Naming("person:cammi-granato", 20)),
            List.of(30L));
    assertThat(bearers.at(30)).isEqualTo("person:tony-granato");
  }

  @Test
  void aListOfThousandsOfOneFamilysNamesHasOnePrincipal() {
    // A directory-like document: 5,000 Smiths named once each, one of them twice.
    List<Naming> namings = new ArrayList<>();
    List<Long> uses = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      namings.add(new Naming("person:smith-" + i, 10L * i + 1));
      uses.add(10L * i + 15); // each after the next Smith is named, so none counts
    }
    namings.add(new Naming("person:smith-4321", 100_000));
    SurnameBearers bearers = SurnameBearers.of(namings, uses);
    assertThat(bearers.at(100_001)).isEqualTo("person:smith-4321");
    assertThat(bearers.at(5)).isEqualTo("person:smith-0");
  }
}
