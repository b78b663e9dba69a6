package vn.thidua.portal.shell;

import java.util.List;
import java.util.Locale;

/** The portal's languages: Vietnamese first and by default, English on request. */
public final class Languages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> ALL = List.of(VIETNAMESE, ENGLISH);

  /** Remembers the reader's choice across sessions. */
  public static final String COOKIE = "portal-lang";

  private Languages() {}

  /** The supported language for a tag such as {@code en} or {@code vi}; Vietnamese otherwise. */
  public static Locale of(String tag) {
    return ENGLISH.getLanguage().equals(Locale.forLanguageTag(tag.strip()).getLanguage())
        ? ENGLISH
        : VIETNAMESE;
  }
}
