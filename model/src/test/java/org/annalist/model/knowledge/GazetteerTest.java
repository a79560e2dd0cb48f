package org.annalist.model.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @Test
  void alternatesResolveToTheirCanonicalNames() {
    Gazetteer g = Gazetteer.bundled();
    assertThat(g.lookup("USSR").map(Gazetteer.Entry::name)).contains("Soviet Union");
    assertThat(g.lookup("Vilna").map(Gazetteer.Entry::name)).contains("Vilnius");
    assertThat(g.lookup("Vilnius").flatMap(Gazetteer.Entry::coordinates)).isPresent();
    assertThat(g.lookup("Lithuania").map(Gazetteer.Entry::isCountry)).contains(true);
    assertThat(g.lookup("Prienai").map(Gazetteer.Entry::country)).contains("Lithuania");
    assertThat(g.lookup("Ukmerge").map(Gazetteer.Entry::name)).as("GeoNames spelling joins the native one").contains("Ukmergė");
    assertThat(g.lookup("Ukmergė").flatMap(Gazetteer.Entry::coordinates)).isPresent();
    assertThat(g.isDemonym("Lithuanians")).isTrue();
    assertThat(g.checksums()).containsKeys("gazetteer/knowledge.tsv", "gazetteer/places-geonames.tsv");
  }

  @Test
  void aUserFileExtendsAndOverrides(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "# my places\nZzyzx Camp\tLOCATION\tbase\tLatvia\t56.1\t24.2\tZzyzx\n"
        + "Vilnius\tLOCATION\tcity\tLithuania\t\t\tWilna\n", StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.load(List.of(f));
    assertThat(g.lookup("Zzyzx").map(Gazetteer.Entry::name)).contains("Zzyzx Camp");
    assertThat(g.lookup("Zzyzx Camp").map(Gazetteer.Entry::type)).contains(EntityType.LOCATION);
    assertThat(g.lookup("Vilnius").flatMap(Gazetteer.Entry::coordinates)).as("coordinates kept from the bundled file").isPresent();
    assertThat(g.checksums()).containsKey("gazetteer/mine.tsv");
  }
}
