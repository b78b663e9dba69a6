package vn.thidua.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndexSettingsTest {

  @Test
  void a_cluster_gets_the_shards_and_replicas_of_its_configuration_not_those_of_the_mapping_file()
      throws Exception {
    String mapping;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("elasticsearch/evidence-v3.json")) {
      mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    JsonNode settings =
        JsonMapper.builder()
            .build()
            .readTree(IndexBootstrap.withShardsAndReplicas(mapping, 2, 1))
            .path("settings");

    assertThat(settings.path("number_of_shards").asInt()).isEqualTo(2);
    assertThat(settings.path("number_of_replicas").asInt()).isEqualTo(1);
    assertThat(settings.path("analysis").isObject()).as("the rest of the settings kept").isTrue();
  }
}
