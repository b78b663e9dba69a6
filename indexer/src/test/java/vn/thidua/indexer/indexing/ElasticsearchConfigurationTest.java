package vn.thidua.indexer.indexing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Node;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code ES_URL} as production sets it: the three nodes of the cluster, separated by commas. */
class ElasticsearchConfigurationTest {

  @RegisterExtension
  static WireMockExtension es =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void every_node_of_a_comma_separated_es_url_is_given_to_the_client() throws IOException {
    ElasticsearchProperties properties = bind("http://es1:9200,http://es2:9200, http://es3:9200");

    try (ElasticsearchClient client = ElasticsearchConfiguration.create(properties)) {
      assertThat(hosts(client))
          .containsExactly("http://es1:9200", "http://es2:9200", "http://es3:9200");
    }
  }

  @Test
  void a_single_url_is_still_one_node() throws IOException {
    try (ElasticsearchClient client =
        ElasticsearchConfiguration.create(bind("http://127.0.0.1:9200"))) {
      assertThat(hosts(client)).containsExactly("http://127.0.0.1:9200");
    }
  }

  @Test
  void requests_reach_the_cluster_while_one_listed_node_is_down() throws IOException {
    es.stubFor(
        head(urlPathEqualTo("/"))
            .willReturn(
                aResponse().withStatus(200).withHeader("X-Elastic-Product", "Elasticsearch")));
    String down = "http://127.0.0.1:" + closedPort();

    try (ElasticsearchClient client =
        ElasticsearchConfiguration.create(bind(down + "," + es.baseUrl()))) {
      // Round robin: whichever node a request starts with, every one of them is answered.
      for (int i = 0; i < 4; i++) {
        assertThat(client.ping().value()).isTrue();
      }
    }
    es.verify(4, headRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void an_es_url_entry_that_is_not_an_http_url_fails_at_start_and_is_named() {
    assertThatThrownBy(() -> bind("http://es1:9200,es2:9200"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'es2:9200'");
    // An empty entry (a trailing comma) is refused while binding, with the setting named.
    assertThatThrownBy(() -> bind("http://es1:9200,"))
        .isInstanceOf(BindException.class)
        .hasMessageContaining("indexer.elasticsearch");
  }

  /** Binds the settings as the application does from {@code ES_URL}, then builds the nodes. */
  private static ElasticsearchProperties bind(String esUrl) {
    ElasticsearchProperties properties =
        new Binder(new MapConfigurationPropertySource(Map.of("indexer.elasticsearch.urls", esUrl)))
            .bindOrCreate("indexer.elasticsearch", ElasticsearchProperties.class);
    ElasticsearchConfiguration.nodes(properties.urls());
    return properties;
  }

  private static List<String> hosts(ElasticsearchClient client) {
    return ((Rest5ClientTransport) client._transport())
        .restClient().getNodes().stream().map(Node::getHost).map(Object::toString).toList();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
