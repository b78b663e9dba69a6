package vn.thidua.portal.strapi;

import java.util.Locale;

/**
 * The languages of Strapi's content (its i18n locales): Vietnamese is the default and holds every
 * entry; English holds the translations made so far, and a reader of the English portal sees
 * Vietnamese wherever a translation is missing.
 */
public final class ContentLanguage {

  /** Strapi's default locale: every entry exists in it. */
  public static final String DEFAULT = "vi";

  /** The second locale, which may hold a translation of an entry. */
  public static final String ENGLISH = "en";

  /** A reader of the default locale: reads exactly what Strapi holds, nothing laid over it. */
  public static final Locale VIETNAMESE = Locale.of(DEFAULT);

  private ContentLanguage() {}

  /** The Strapi locale to overlay on the default for a reader in {@code language}, if any. */
  static String of(Locale language) {
    return ENGLISH.equals(language.getLanguage()) ? ENGLISH : DEFAULT;
  }
}
