package vn.thidua.portal.strapi;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Strapi client from {@link StrapiProperties}. */
@Configuration(proxyBeanMethods = false)
class StrapiConfiguration {

  @Bean
  StrapiClient strapiClient(StrapiProperties properties, Clock clock) {
    return StrapiClient.create(properties, clock);
  }

  /** Also used by tests, which pass a sleeper that does not wait. */
  static StrapiClient create(StrapiProperties properties, Clock clock, StrapiHttp.Sleeper sleeper) {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
    StrapiHttp http =
        new StrapiHttp(
            client,
            properties.url(),
            properties.readTimeout(),
            properties.uploadTimeout(),
            properties.readAttempts(),
            properties.retryBackoff(),
            StrapiJson.mapper(),
            sleeper);
    PublicReadCache cache =
        new PublicReadCache(
            clock,
            properties.cacheFreshFor(),
            properties.cacheStaleFor(),
            properties.cacheMaxEntries());
    return StrapiClient.withToken(http, cache, properties.token());
  }
}
