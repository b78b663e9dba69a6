package vn.thidua.portal.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The portal's address of a proposal's dossier, served by {@link DossierController}. */
public final class DossierLinks {

  /** The path every dossier's address starts with. */
  public static final String PREFIX = "/ho-so-de-nghi/";

  private DossierLinks() {}

  /** The dossier of a proposal, its text in the reader's language. */
  public static String url(String proposalDocumentId, Locale locale) {
    return PREFIX
        + URLEncoder.encode(proposalDocumentId, StandardCharsets.UTF_8)
        + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
  }
}
