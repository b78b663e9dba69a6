package vn.thidua.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the portal: the public site and the workspaces of units and staff. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
// Served from META-INF/resources: no frontend build is needed for it.
@StyleSheet("styles/portal.css")
public class PortalApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
