package vn.thidua.portal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

  /** The one clock of the portal, in the commune's zone; tests replace it with a fixed one. */
  @Bean
  Clock clock(PortalProperties properties) {
    return Clock.system(properties.zone());
  }
}
