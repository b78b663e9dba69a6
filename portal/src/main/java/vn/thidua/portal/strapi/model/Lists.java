package vn.thidua.portal.strapi.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Strapi omits relations and components it was not asked to populate: read those as empty. */
final class Lists {

  private Lists() {}

  static <T> List<T> orEmpty(@Nullable List<T> list) {
    if (list == null) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    list.stream().filter(Objects::nonNull).forEach(copy::add);
    return Collections.unmodifiableList(copy);
  }
}
