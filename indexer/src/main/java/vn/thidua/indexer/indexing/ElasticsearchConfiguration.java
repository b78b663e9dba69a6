package vn.thidua.indexer.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one Elasticsearch client of the application; it is thread-safe and closed at shutdown. */
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
        Rest5Client.builder(properties.url())
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
}
