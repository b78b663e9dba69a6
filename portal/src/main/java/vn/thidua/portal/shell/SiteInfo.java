package vn.thidua.portal.shell;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.portal.PortalProperties;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.SiteSetting;

/** The site's settings from Strapi, with the configured names when Strapi cannot say. */
@Component
public class SiteInfo {

  private final StrapiClient strapi;
  private final PortalProperties properties;

  SiteInfo(StrapiClient strapi, PortalProperties properties) {
    this.strapi = strapi;
    this.properties = properties;
  }

  /** The site-setting, from the public cache; empty when Strapi has none and cannot be read. */
  public Optional<SiteSetting> settings() {
    return settings(Languages.VIETNAMESE);
  }

  /** {@link #settings()} with the movement's names in the reader's language where translated. */
  public Optional<SiteSetting> settings(Locale language) {
    try {
      return Optional.of(
          StaleContent.unwrap(
              strapi.findSinglePublic(SingleType.SITE_SETTING, StrapiQuery.create(), language)));
    } catch (StrapiException e) {
      return Optional.empty();
    }
  }

  public String movementName() {
    return movementName(Languages.VIETNAMESE);
  }

  public String movementName(Locale language) {
    return settings(language)
        .map(SiteSetting::movementName)
        .filter(name -> !name.isBlank())
        .orElse(properties.movementName());
  }

  public String movementShortName() {
    return movementShortName(Languages.VIETNAMESE);
  }

  public String movementShortName(Locale language) {
    return settings(language)
        .map(SiteSetting::movementShortName)
        .filter(name -> !name.isBlank())
        .orElse(properties.movementShortName());
  }
}
