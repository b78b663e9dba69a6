package vn.thidua.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the indexer: Strapi webhooks in, extracted text out to Elasticsearch. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndexerApplication {

  public static void main(String[] args) {
    SpringApplication.run(IndexerApplication.class, args);
  }
}
