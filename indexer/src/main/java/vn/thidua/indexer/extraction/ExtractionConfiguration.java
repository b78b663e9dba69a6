package vn.thidua.indexer.extraction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared {@link TextExtractor}. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

  @Bean
  TextExtractor textExtractor(ExtractionProperties properties) {
    return new TextExtractor(properties);
  }
}
