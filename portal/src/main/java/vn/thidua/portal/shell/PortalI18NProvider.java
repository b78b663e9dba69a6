package vn.thidua.portal.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations.properties} (Vietnamese, the default) and
 * {@code translations_en.properties}. Values with arguments are {@link MessageFormat} patterns.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

  static final String BUNDLE = "vaadin-i18n.translations";
  private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
  // Without this, a Vietnamese lookup on a JVM whose default locale is English would read the
  // English bundle.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public List<Locale> getProvidedLocales() {
    return Languages.ALL;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    ResourceBundle bundle = bundle(locale);
    String value;
    try {
      value = bundle.getString(key);
    } catch (MissingResourceException e) {
      log.warn("No translation for {} in {}", key, locale);
      return key;
    }
    return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale language =
        Languages.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? Languages.ENGLISH
            : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
  }
}
