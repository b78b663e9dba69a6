package vn.thidua.indexer.strapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StrapiEntryReadingTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final StrapiClient client =
      new StrapiClient(
          new StrapiProperties(
              URI.create("http://127.0.0.1:1337"),
              "",
              100,
              Duration.ofSeconds(1),
              Duration.ofSeconds(1)),
          json);

  @Test
  void a_report_with_its_unit_and_files_is_read_from_strapi_5_shapes() {
    StrapiEntry entry =
        client.toEntry(
            ContentModel.REPORT,
            json.readTree(
                """
                {"id":3,"documentId":"abcdefghijklmnopqrstuvwx","title":"Báo cáo năm 2026",
                 "year":2026,"stage":"annual","number":"38/BC-TBS","status":"accepted",
                 "updatedAt":"2026-11-01T08:00:00.000Z",
                 "unit":{"id":7,"documentId":"unit00000000000000000007","name":"Thôn Bắc Sơn","kind":"co_quan"},
                 "files":[{"id":11,"documentId":"f1","name":"r01-006.pdf","mime":"application/pdf",
                   "size":265.31,"hash":"r01_006_4f2a","url":"/uploads/r01_006_4f2a.pdf"}]}
                """));

    assertThat(entry.documentId()).isEqualTo("abcdefghijklmnopqrstuvwx");
    assertThat(entry.unit())
        .isEqualTo(new StrapiUnit("unit00000000000000000007", "Thôn Bắc Sơn", "co_quan"));
    assertThat(entry.year()).isEqualTo(2026);
    assertThat(entry.status()).isEqualTo("accepted");
    assertThat(entry.files())
        .singleElement()
        .isEqualTo(
            new StrapiFile(
                "11",
                "r01-006.pdf",
                "application/pdf",
                265_310,
                "r01_006_4f2a",
                "/uploads/r01_006_4f2a.pdf"));
  }

  @Test
  void a_story_body_in_blocks_and_its_first_unit_are_read_as_text() {
    StrapiEntry entry =
        client.toEntry(
            ContentModel.STORY,
            json.readTree(
                """
                {"documentId":"story0000000000000000001","title":"Nhà màng ở thôn Tây","slug":"nha-mang",
                 "summary":"Câu chuyện về nhà màng.",
                 "body":[{"type":"paragraph","children":[{"type":"text","text":"Dưa lưới "},
                          {"type":"text","text":"theo VietGAP.","bold":true}]},
                         {"type":"heading","level":2,"children":[{"type":"text","text":"Kết quả"}]}],
                 "units":[{"documentId":"unit00000000000000000009","name":"Thôn Tây"}]}
                """));

    assertThat(entry.text())
        .contains("Câu chuyện về nhà màng.")
        .contains("Dưa lưới theo VietGAP.")
        .contains("Kết quả");
    assertThat(entry.unit().name()).isEqualTo("Thôn Tây");
    assertThat(entry.slug()).isEqualTo("nha-mang");
    assertThat(entry.files()).isEmpty();
  }

  @Test
  void an_initiatives_criteria_are_read_as_their_codes() {
    StrapiEntry entry =
        client.toEntry(
            ContentModel.INITIATIVE,
            json.readTree(
                """
                {"documentId":"init0000000000000000002","title":"Nhật ký đồng ruộng điện tử",
                 "field":"chuyen_doi_so","year":2027,
                 "criteria":[
                   {"id":12,"documentId":"crit00000000000000000012","code":"2.3.b",
                    "title":"Ứng dụng công nghệ số","area":"so"},
                   {"id":4,"documentId":"crit00000000000000000004","code":"2.1.a",
                    "title":"Chuyển đổi số trong sản xuất","area":"so"},
                   {"id":5,"documentId":"crit00000000000000000005","code":" ","title":"Chưa mã"}]}
                """));

    assertThat(entry.criteria()).containsExactly("2.1.a", "2.3.b");
  }

  @Test
  void an_initiative_without_criteria_has_none() {
    StrapiEntry entry =
        client.toEntry(
            ContentModel.INITIATIVE,
            json.readTree("{\"documentId\":\"init0000000000000000003\",\"criteria\":[]}"));

    assertThat(entry.criteria()).isEmpty();
  }

  @Test
  void an_initiative_without_a_title_unit_or_evidence_is_still_read() {
    StrapiEntry entry =
        client.toEntry(
            ContentModel.INITIATIVE,
            json.readTree("{\"documentId\":\"init0000000000000000001\",\"detail\":\"Chi tiết\"}"));

    assertThat(entry.unit()).isNull();
    assertThat(entry.year()).isNull();
    assertThat(entry.text()).isEqualTo("Chi tiết");
  }
}
