package vn.thidua.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;

/**
 * The portal's architecture: views talk to services and typed clients, never to HTTP or JSON; the
 * feature packages do not depend on each other in a circle.
 */
@AnalyzeClasses(packages = "vn.thidua.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> VIEWS =
      JavaClass.Predicates.resideInAPackage("..ui..")
          .or(JavaClass.Predicates.assignableTo(Component.class))
          .as("views (classes in ..ui.. packages or Vaadin components)");

  private static final DescribedPredicate<JavaClass> CLIENT_INTERNALS =
      JavaClass.Predicates.resideInAnyPackage("vn.thidua.portal.strapi", "vn.thidua.portal.indexer")
          .and(DescribedPredicate.not(HasModifiers.Predicates.modifier(JavaModifier.PUBLIC)))
          .as("the internals of the Strapi and indexer clients");

  @ArchTest
  static final ArchRule views_never_touch_raw_http_or_json =
      noClasses()
          .that(VIEWS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..", "tools.jackson..", "com.fasterxml.jackson..")
          .orShould()
          .dependOnClassesThat(CLIENT_INTERNALS);

  @ArchTest
  static final ArchRule feature_packages_have_no_cycles =
      slices().matching("vn.thidua.portal.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule the_content_model_knows_nothing_of_the_ui =
      noClasses()
          .that()
          .resideInAnyPackage("vn.thidua.portal.strapi..", "vn.thidua.portal.indexer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "vn.thidua.portal.shell..");
}
