package vn.thidua.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The portal's application modules (Spring Modulith): each top-level package under {@code
 * vn.thidua.portal} is a module whose public types in its base package are its API; sub-packages
 * are its internals unless marked {@code @NamedInterface}. Verification fails on a cycle between
 * modules and on a module reaching into another's internals.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

  @Test
  void modules_form_no_cycle_and_use_only_each_others_api() {
    MODULES.verify();
  }

  /**
   * Writes the module documentation (C4/PlantUML component diagrams, one canvas per module) into
   * {@code portal/docs/modules}: {@code mvn -o -pl portal test -Dtest=ModulesTest
   * -Dmodules.docs=write}. A generator, not a check: it runs only when asked.
   */
  @Test
  @EnabledIfSystemProperty(named = "modules.docs", matches = "write")
  void writes_the_module_documentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeDocumentation()
        .writeIndividualModulesAsPlantUml();
  }
}
