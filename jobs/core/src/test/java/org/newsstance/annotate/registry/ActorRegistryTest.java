package org.newsstance.annotate.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {
  @TempDir Path dir;

  @Test
  void defaultRegistryLoadsFromTheJar() {
    ActorRegistry registry = ActorRegistry.load(List.of());
    assertThat(registry.get("country:irn"))
        .get()
        .extracting(Actor::metonyms)
        .asList()
        .contains("Tehran");
    assertThat(registry.get("person:abbas-araghchi"))
        .get()
        .extracting(Actor::affiliation)
        .isEqualTo("country:irn");
    assertThat(registry.size()).isGreaterThan(400);
  }

  @Test
  void userFileReplacesActorsByIdAndAddsNewOnes() throws Exception {
    Path mine = dir.resolve("mine.csv");
    Files.writeString(
        mine,
        "actor_id,name,type,affiliation,aliases,metonyms,demonyms\n"
            + "country:irn,Iran,country,,Iran|Persia,Tehran,Iranian\n"
            + "organisation:acme-news,Acme News,organisation,country:usa,Acme News|Acme,,\n",
        UTF_8);
    ActorRegistry base = ActorRegistry.load(List.of());
    ActorRegistry merged = ActorRegistry.load(List.of(mine));

    assertThat(merged.get("country:irn").orElseThrow().aliases()).containsExactly("Iran", "Persia");
    assertThat(merged.get("organisation:acme-news")).isPresent();
    assertThat(merged.size()).isEqualTo(base.size() + 1);
    assertThat(merged.contentHash()).isNotEqualTo(base.contentHash());
  }

  @Test
  void aRowWhoseIdDoesNotStartWithItsTypeIsRejectedWithItsLine() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "actor_id,name,type,affiliation,aliases,metonyms,demonyms\nperson:x,X,country,,X,,\n",
        UTF_8);
    assertThatThrownBy(() -> ActorRegistry.load(List.of(bad)))
        .hasMessageContaining("line 1")
        .hasMessageContaining("person:x");
  }
}
