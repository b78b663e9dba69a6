package vn.thidua.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Portal-wide settings.
 *
 * @param zone the time zone dates are shown in (the commune's)
 * @param movementName the movement's name, shown when Strapi's site-setting cannot be read
 * @param movementShortName the short name for narrow headers
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(
    @NotNull ZoneId zone, @NotBlank String movementName, @NotBlank String movementShortName) {}
