package vn.thidua.portal.strapi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal reaches Strapi ({@code STRAPI_URL}, {@code STRAPI_PUBLIC_URL}, {@code
 * STRAPI_PORTAL_TOKEN}).
 *
 * @param url where the server calls Strapi
 * @param publicUrl Strapi's address as an editor's browser reaches it (the admin link)
 * @param token the portal's API token; server side only, blank when not configured
 * @param readTimeout time allowed for an answer to start arriving
 * @param uploadTimeout the same for uploads, which take as long as the file does to send
 * @param readAttempts attempts for an idempotent read (GET); writes are tried once
 * @param retryBackoff wait before the second attempt, doubled after each failure
 * @param cacheFreshFor how long a public read is served without asking Strapi again
 * @param cacheStaleFor how long a public read is still served, with a notice, while Strapi is down
 * @param cacheMaxEntries the most public reads kept
 */
@Validated
@ConfigurationProperties("portal.strapi")
public record StrapiProperties(
    @NotNull URI url,
    @NotNull URI publicUrl,
    String token,
    @NotNull Duration connectTimeout,
    @NotNull Duration readTimeout,
    @NotNull Duration uploadTimeout,
    @Min(1) @Max(5) int readAttempts,
    @NotNull Duration retryBackoff,
    @NotNull Duration cacheFreshFor,
    @NotNull Duration cacheStaleFor,
    @Min(1) int cacheMaxEntries) {

  public StrapiProperties {
    token = token == null ? "" : token.strip();
  }

  /** Leaves the token out, so logging the configuration never leaks it. */
  @Override
  public String toString() {
    return "StrapiProperties[url=%s, publicUrl=%s, token=%s]"
        .formatted(url, publicUrl, token.isEmpty() ? "(none)" : "(set)");
  }
}
