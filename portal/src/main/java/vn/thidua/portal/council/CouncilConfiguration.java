package vn.thidua.portal.council;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The notice outbox retries on a schedule ({@link NoticeOutbox#sendPending()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CouncilConfiguration {}
