package vn.thidua.portal.export;

/** Translates a key with its arguments (a view passes its {@code getTranslation}). */
@FunctionalInterface
public interface Labels {
  String get(String key, Object... args);
}
