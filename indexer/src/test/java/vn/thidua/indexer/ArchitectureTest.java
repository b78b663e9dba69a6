package vn.thidua.indexer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indexer's architecture: feature packages without cycles; Elasticsearch only in {@code
 * indexing} and {@code search}; Tika and the parsers under it only in {@code extraction}; web
 * controllers go through services.
 */
@AnalyzeClasses(
    packages = "vn.thidua.indexer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule feature_packages_have_no_cycles =
      slices().matching("vn.thidua.indexer.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule only_indexing_and_search_use_the_elasticsearch_client =
      noClasses()
          .that()
          .resideOutsideOfPackages("vn.thidua.indexer.indexing..", "vn.thidua.indexer.search..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("co.elastic.clients..");

  @ArchTest
  static final ArchRule only_extraction_uses_tika_and_the_parsers =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.thidua.indexer.extraction..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.tika..", "org.apache.pdfbox..", "org.apache.poi..", "org.xml.sax..");

  @ArchTest
  static final ArchRule controllers_touch_neither_elasticsearch_nor_tika_nor_the_database =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "co.elastic.clients..",
              "org.apache.tika..",
              "org.springframework.jdbc..",
              "java.net.http..");

  @ArchTest
  static final ArchRule the_queue_does_not_know_the_features_that_use_it =
      noClasses()
          .that()
          .resideInAPackage("vn.thidua.indexer.queue..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.thidua.indexer.pipeline..",
              "vn.thidua.indexer.webhook..",
              "vn.thidua.indexer.reconcile..",
              "vn.thidua.indexer.strapi..",
              "vn.thidua.indexer.extraction..",
              "vn.thidua.indexer.indexing..");

  /**
   * Threads come from the Spring-managed, bounded, named pools of {@code executors}. Exempt: what
   * runs in the parser processes, JVMs without Spring ({@code TextExtractor}'s watchdog, {@code
   * Tesseract}'s output readers; the text engineer's, and in the indexer's own JVM only when
   * parsing is not isolated).
   */
  @ArchTest
  static final ArchRule threads_come_from_the_managed_pools =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.thidua.indexer.executors..")
          .and()
          .doNotHaveSimpleName("TextExtractor")
          .and()
          .doNotHaveSimpleName("Tesseract")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.concurrent.Executors")
          .orShould()
          .callMethod(Thread.class, "ofPlatform")
          .orShould()
          .callMethod(Thread.class, "ofVirtual")
          .orShould()
          .callMethod(Thread.class, "start")
          .orShould()
          .callConstructor(Thread.class, Runnable.class);

  /**
   * A setting with a wrong value (a negative cache size, an empty interval) stops the indexer at
   * start with the setting named, instead of failing later on the first request that uses it.
   */
  @ArchTest
  static final ArchRule settings_are_validated_at_start =
      classes()
          .that()
          .areAnnotatedWith(ConfigurationProperties.class)
          .should()
          .beAnnotatedWith(Validated.class);
}
