package vn.thidua.portal.strapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.UnitKind;

class StrapiQueryTest {

  private static String decoded(StrapiQuery query) {
    return URLDecoder.decode(query.toQueryString(), StandardCharsets.UTF_8);
  }

  @Test
  void nested_populate_sends_only_the_leaves() {
    assertThat(decoded(StrapiQuery.create().populate("unit", "initiatives", "initiatives.unit")))
        .isEqualTo("populate[unit]=true&populate[initiatives][populate][unit]=true");
  }

  @Test
  void filters_on_relations_and_enums_use_strapi_values() {
    assertThat(
            decoded(
                StrapiQuery.create()
                    .eq("unit.kind", UnitKind.MAT_TRAN_DOAN_THE)
                    .in("year", List.of(2026, 2027))
                    .filter("title", "$containsi", "số & xanh")))
        .isEqualTo(
            "filters[unit][kind][$eq]=mat_tran_doan_the&filters[year][$in][0]=2026"
                + "&filters[year][$in][1]=2027&filters[title][$containsi]=số & xanh");
  }

  @Test
  void values_are_url_encoded() {
    assertThat(StrapiQuery.create().eq("title", "a&b=c").toQueryString())
        .isEqualTo("filters%5Btitle%5D%5B%24eq%5D=a%26b%3Dc");
  }

  @Test
  void queries_are_immutable() {
    StrapiQuery base = StrapiQuery.create();
    base.draft().locale("vi").page(1, 5);
    assertThat(base.toQueryString()).isEmpty();
  }

  @Test
  void page_size_stays_within_strapis_limit() {
    assertThatThrownBy(() -> StrapiQuery.create().page(1, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(decoded(StrapiQuery.create().page(3, 100).draft().locale("vi")))
        .isEqualTo("pagination[page]=3&pagination[pageSize]=100&status=draft&locale=vi");
  }
}
