package vn.thidua.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void vietnamese_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
    Properties vi = load("translations.properties");
    Properties en = load("translations_en.properties");

    assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
    for (Properties bundle : new Properties[] {vi, en}) {
      bundle.forEach((key, value) -> assertThat(value.toString()).as("%s", key).isNotBlank());
    }
  }

  @Test
  void both_languages_take_the_same_arguments() throws IOException {
    Properties vi = load("translations.properties");
    Properties en = load("translations_en.properties");

    for (String key : vi.stringPropertyNames()) {
      assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(vi.getProperty(key)));
      if (arguments(vi.getProperty(key)).isEmpty()) {
        // Text without arguments is shown as written: a doubled quote would show twice.
        assertThat(vi.getProperty(key) + en.getProperty(key)).as(key).doesNotContain("''");
      } else {
        // Text with arguments is a MessageFormat pattern: a lone quote would swallow the
        // rest of the sentence, so an apostrophe must be written twice.
        assertThat(vi.getProperty(key) + en.getProperty(key))
            .as(key)
            .doesNotContainPattern("(?<!')'(?!')");
      }
    }
  }

  @Test
  void vietnamese_is_read_even_on_an_english_machine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      PortalI18NProvider provider = new PortalI18NProvider();
      assertThat(provider.getTranslation("shell.nav.home", Languages.VIETNAMESE))
          .isEqualTo("Trang chủ");
      assertThat(provider.getTranslation("shell.nav.home", Locale.ENGLISH)).isEqualTo("Home");
      assertThat(provider.getTranslation("search.query", Languages.VIETNAMESE, "xanh"))
          .isEqualTo("Kết quả cho “xanh”");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Set<String> arguments(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(value);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
