package vn.thidua.indexer.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one Elasticsearch client of the application; it is thread-safe and closed at shutdown. Every
 * node of {@code ES_URL} is given to the low-level client, which spreads requests over them in turn
 * and sends a request that finds a node dead to the next one, so the indexer keeps working while a
 * node of the production cluster restarts (<a
 * href="https://www.elastic.co/docs/reference/elasticsearch/clients/java/transport/rest5-client">load
 * balancing and failover</a>).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

  @Bean(destroyMethod = "close")
  ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties) {
    return create(properties);
  }

  /** A client for the given settings; also used by tests and the benchmark. */
  static ElasticsearchClient create(ElasticsearchProperties properties) {
    Timeout timeout = Timeout.of(properties.requestTimeout());
    Rest5ClientBuilder builder =
        Rest5Client.builder(nodes(properties.urls()))
            .setRequestConfigCallback(
                request -> request.setResponseTimeout(timeout).setConnectionRequestTimeout(timeout))
            .setConnectionConfigCallback(
                connection ->
                    connection.setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(timeout));
    if (!properties.apiKey().isEmpty()) {
      builder.setDefaultHeaders(
          new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())});
    } else if (!properties.username().isEmpty()) {
      String credentials = properties.username() + ":" + properties.password();
      builder.setDefaultHeaders(
          new Header[] {
            new BasicHeader(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
          });
    }
    return new ElasticsearchClient(
        new Rest5ClientTransport(builder.build(), new Jackson3JsonpMapper()));
  }

  /**
   * The nodes as the client needs them: absolute http(s) URLs with a host. A slip such as a space
   * or a trailing comma in {@code ES_URL} fails at start with the faulty entry named, rather than
   * at the first request.
   */
  static List<URI> nodes(List<URI> urls) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("ES_URL names no Elasticsearch node");
    }
    for (URI url : urls) {
      String scheme = url.getScheme();
      if (url.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        throw new IllegalArgumentException(
            "ES_URL: '" + url + "' is not an http(s) URL with a host, in " + urls);
      }
    }
    return urls;
  }
}
