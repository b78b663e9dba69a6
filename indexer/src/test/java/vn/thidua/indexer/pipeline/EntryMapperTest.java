package vn.thidua.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.indexing.EntryFields;
import vn.thidua.indexer.strapi.ContentModel;
import vn.thidua.indexer.strapi.StrapiEntry;
import vn.thidua.indexer.strapi.StrapiUnit;

class EntryMapperTest {

  @Test
  void an_initiatives_criterion_codes_go_into_the_fields_of_its_documents() {
    StrapiEntry initiative =
        new StrapiEntry(
            ContentModel.INITIATIVE,
            "init0000000000000000002",
            "Nhật ký đồng ruộng điện tử",
            "nhat-ky-dong-ruong",
            new StrapiUnit("unit00000000000000000007", "Hợp tác xã Đông Sơn", "doanh_nghiep"),
            2027,
            null,
            "verified",
            "chuyen_doi_so",
            List.of("2.1.a", "2.3.b"),
            "Ghi chép mùa vụ trên điện thoại.",
            List.of(),
            "2027-03-01T08:00:00.000Z");

    EntryFields fields = EntryMapper.fields(initiative);

    assertThat(fields.criteria()).containsExactly("2.1.a", "2.3.b");
    assertThat(fields.kind()).isEqualTo("initiative");
    assertThat(fields.visibility()).isEqualTo(Visibility.PUBLIC);
  }

  @Test
  void an_entry_gives_its_model_and_slug_for_clients_to_build_links_from() {
    EntryFields withSlug = EntryMapper.fields(initiativeWith(List.of()));
    StrapiEntry noSlug =
        new StrapiEntry(
            ContentModel.REPORT,
            "rep00000000000000000001",
            "Báo cáo",
            null,
            null,
            2026,
            "annual",
            "submitted",
            null,
            List.of(),
            "",
            List.of(),
            null);

    assertThat(withSlug.model()).isEqualTo("initiative");
    assertThat(withSlug.slug()).isEqualTo("nhat-ky-dong-ruong");
    assertThat(EntryMapper.fields(noSlug).slug()).isNull();
  }

  @Test
  void a_change_of_criteria_is_a_change_of_the_entry() {
    StrapiEntry before = initiativeWith(List.of("2.1.a"));
    StrapiEntry after = initiativeWith(List.of("2.1.a", "2.3.b"));

    assertThat(EntryFingerprint.of(after)).isNotEqualTo(EntryFingerprint.of(before));
  }

  private static StrapiEntry initiativeWith(List<String> criteria) {
    return new StrapiEntry(
        ContentModel.INITIATIVE,
        "init0000000000000000002",
        "Nhật ký đồng ruộng điện tử",
        "nhat-ky-dong-ruong",
        null,
        2027,
        null,
        null,
        "chuyen_doi_so",
        criteria,
        "",
        List.of(),
        null);
  }
}
