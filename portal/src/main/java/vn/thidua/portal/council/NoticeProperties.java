package vn.thidua.portal.council;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The notice e-mails' outbox. The SMTP server itself is Spring's {@code spring.mail.*} ({@code
 * SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}); without a host the outbox keeps every message until
 * one is set.
 *
 * @param from the sender's address
 * @param portalUrl the portal's public address, for the link in each message
 * @param retryEvery how often pending messages are tried again
 * @param maxAttempts after this many failures a message waits for staff (it is never dropped)
 */
@Validated
@ConfigurationProperties("portal.notices")
public record NoticeProperties(
    @DefaultValue("thidua@daison.example") @NotBlank String from,
    @Nullable URI portalUrl,
    @DefaultValue("30s") @NotNull Duration retryEvery,
    @DefaultValue("50") @Min(1) int maxAttempts) {}
