package vn.thidua.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The portal's architecture beyond what {@link ModulesTest} verifies: views talk to their module's
 * service, never to a client, HTTP or JSON; packages do not depend on each other in a circle; the
 * content model knows nothing of the UI. Each rule is shown to fail on a deliberate violation (the
 * fixtures under {@code archfixture}), so none of them passes because it cannot fail.
 */
class ArchitectureTest {

  private static final JavaClasses PORTAL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.thidua.portal");

  private static final DescribedPredicate<JavaClass> VIEWS =
      JavaClass.Predicates.resideInAPackage("..ui..")
          .or(JavaClass.Predicates.assignableTo(com.vaadin.flow.component.Component.class))
          .as("views (classes in ..ui.. packages or Vaadin components)");

  static final ArchRule VIEWS_NEVER_TOUCH_RAW_HTTP_OR_JSON =
      noClasses()
          .that(VIEWS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..", "tools.jackson..", "com.fasterxml.jackson..");

  static final ArchRule VIEWS_NEVER_CALL_A_CLIENT =
      noClasses()
          .that(VIEWS)
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.belongToAnyOf(StrapiClient.class, IndexerClient.class))
          .as("views never call the Strapi or indexer client: they ask their module's service");

  static final ArchRule THE_CONTENT_MODEL_KNOWS_NOTHING_OF_THE_UI =
      noClasses()
          .that()
          .resideInAnyPackage("vn.thidua.portal.strapi..", "vn.thidua.portal.indexer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "vn.thidua.portal.shell..");

  /**
   * Modules every view may ask: the frame (site, dates, layout), the signed-in user, and the links
   * to public files (a story's image, a plan's attachment), which every public page draws.
   */
  private static final Set<String> SHARED_MODULES = Set.of("shell", "account", "files");

  /**
   * A view asks its own module's service (its door) and nothing else's: it may show another
   * module's panel (a class in that module's {@code ui} package) and read its records, but a Spring
   * bean of another module's core is that module's business, reached through this module's door.
   * Modules are the packages right under {@code root}.
   */
  static ArchRule viewsAskOnlyTheirOwnModule(String root) {
    return classes()
        .that(VIEWS)
        .and()
        .resideInAPackage(root + "..")
        .should(
            new ArchCondition<JavaClass>(
                "ask no other module's service (the shell, the signed-in user and public file links excepted)") {
              @Override
              public void check(JavaClass view, ConditionEvents events) {
                String own = moduleOf(root, view.getPackageName());
                for (Dependency dependency : view.getDirectDependenciesFromSelf()) {
                  JavaClass target = dependency.getTargetClass();
                  String other = moduleOf(root, target.getPackageName());
                  boolean foreignBean =
                      other != null
                          && !other.equals(own)
                          && !SHARED_MODULES.contains(other)
                          && !target.getPackageName().contains(".ui")
                          && (target.isAnnotatedWith(Component.class)
                              || target.isMetaAnnotatedWith(Component.class));
                  if (foreignBean) {
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                  }
                }
              }
            })
        .as("views ask only their own module's service");
  }

  private static @Nullable String moduleOf(String root, String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return null;
    }
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static ArchRule packagesHaveNoCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  @Test
  void views_never_touch_raw_http_or_json() {
    VIEWS_NEVER_TOUCH_RAW_HTTP_OR_JSON.check(PORTAL);
  }

  @Test
  void views_never_call_a_client() {
    VIEWS_NEVER_CALL_A_CLIENT.check(PORTAL);
  }

  @Test
  void views_ask_only_their_own_module() {
    viewsAskOnlyTheirOwnModule("vn.thidua.portal").check(PORTAL);
  }

  @Test
  void feature_packages_have_no_cycles() {
    packagesHaveNoCycles("vn.thidua.portal").check(PORTAL);
  }

  @Test
  void the_content_model_knows_nothing_of_the_ui() {
    THE_CONTENT_MODEL_KNOWS_NOTHING_OF_THE_UI.check(PORTAL);
  }

  @Test
  void each_rule_fails_on_a_deliberate_violation() {
    JavaClasses fixtures = new ClassFileImporter().importPackages("vn.thidua.portal.archfixture");
    JavaClasses model =
        new ClassFileImporter().importPackages("vn.thidua.portal.strapi.archfixture");

    assertThat(VIEWS_NEVER_TOUCH_RAW_HTTP_OR_JSON.evaluate(fixtures).hasViolation()).isTrue();
    assertThat(VIEWS_NEVER_CALL_A_CLIENT.evaluate(fixtures).hasViolation()).isTrue();
    assertThat(
            packagesHaveNoCycles("vn.thidua.portal.archfixture.cycle")
                .evaluate(fixtures)
                .hasViolation())
        .isTrue();
    assertThat(THE_CONTENT_MODEL_KNOWS_NOTHING_OF_THE_UI.evaluate(model).hasViolation()).isTrue();
    assertThat(
            viewsAskOnlyTheirOwnModule("vn.thidua.portal.archfixture.doors")
                .evaluate(fixtures)
                .hasViolation())
        .isTrue();
  }
}
