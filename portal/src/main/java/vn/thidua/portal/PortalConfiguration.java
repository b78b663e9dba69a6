package vn.thidua.portal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans shared by every feature. Work that runs on its own (the upload spool's rounds) is
 * {@code @Scheduled} on Spring's one {@code TaskScheduler}, which Boot configures ({@code
 * spring.task.scheduling.*}) and stops with the context: no feature starts threads or timers of its
 * own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {

  /** The one clock of the portal, in the commune's zone; tests replace it with a fixed one. */
  @Bean
  Clock clock(PortalProperties properties) {
    return Clock.system(properties.zone());
  }
}
