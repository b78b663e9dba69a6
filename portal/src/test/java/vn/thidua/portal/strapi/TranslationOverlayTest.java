package vn.thidua.portal.strapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TranslationOverlayTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  private JsonNode json(String text) {
    return mapper.readTree(text);
  }

  @Test
  void a_translated_field_replaces_the_vietnamese_and_an_untranslated_one_keeps_it() {
    JsonNode column =
        json(
            """
            {"id":2,"documentId":"c1","name":"Chuyển đổi xanh","slug":"chuyen-doi-xanh",
             "description":"Tiết kiệm năng lượng","order":4}""");
    JsonNode english =
        json(
            """
            {"id":12,"documentId":"c1","name":"Green transformation","slug":"chuyen-doi-xanh",
             "description":null,"order":4}""");

    JsonNode read = TranslationOverlay.overlay(column, english);

    assertThat(read.path("name").asString()).isEqualTo("Green transformation");
    assertThat(read.path("description").asString()).isEqualTo("Tiết kiệm năng lượng");
    assertThat(read.path("id").asInt()).as("the entry stays the Vietnamese one").isEqualTo(2);
  }

  @Test
  void blank_text_and_empty_lists_in_the_translation_fall_back_to_vietnamese() {
    JsonNode plan =
        json(
            """
            {"documentId":"p1","title":"Kế hoạch","basis":"Căn cứ Luật Thi đua",
             "responsibilities":[{"party":"Phòng Văn hóa – Xã hội"}]}""");
    JsonNode english =
        json(
            """
            {"documentId":"p1","title":"Plan","basis":"  ","responsibilities":[]}""");

    JsonNode read = TranslationOverlay.overlay(plan, english);

    assertThat(read.path("title").asString()).isEqualTo("Plan");
    assertThat(read.path("basis").asString()).isEqualTo("Căn cứ Luật Thi đua");
    assertThat(read.path("responsibilities").get(0).path("party").asString())
        .isEqualTo("Phòng Văn hóa – Xã hội");
  }

  @Test
  void components_are_translated_item_by_item_keeping_what_the_translation_leaves_out() {
    JsonNode plan =
        json(
            """
            {"documentId":"p1","phases":[
              {"id":1,"name":"Giai đoạn 1 (từ 2026 - 2027)","startYear":2026,"description":"Sơ kết 2027"},
              {"id":2,"name":"Giai đoạn 2 (từ 2028 - 2030)","startYear":2028,"description":"Tổng kết 2030"}]}""");
    JsonNode english =
        json(
            """
            {"documentId":"p1","phases":[
              {"id":9,"name":"Phase 1 (2026–2027)","startYear":2026,"description":null},
              {"id":10,"name":"Phase 2 (2028–2030)","startYear":2028,"description":"Final review 2030"}]}""");

    JsonNode phases = TranslationOverlay.overlay(plan, english).path("phases");

    assertThat(phases.get(0).path("name").asString()).isEqualTo("Phase 1 (2026–2027)");
    assertThat(phases.get(0).path("description").asString()).isEqualTo("Sơ kết 2027");
    assertThat(phases.get(1).path("description").asString()).isEqualTo("Final review 2030");
    assertThat(phases.get(1).path("startYear").asInt()).isEqualTo(2028);
  }

  @Test
  void a_page_shows_each_entry_in_english_when_translated_and_in_vietnamese_otherwise() {
    JsonNode page =
        json(
            """
            {"data":[{"id":1,"documentId":"s1","title":"Phân loại rác tại nguồn"},
                     {"id":3,"documentId":"s2","title":"Thôn Bắc Sơn số hóa phản ánh"}],
             "meta":{"pagination":{"page":1,"pageSize":10,"pageCount":1,"total":2}}}""");
    JsonNode translations =
        json(
            """
            {"data":[{"id":8,"documentId":"s1","title":"Sorting waste at source"}],
             "meta":{"pagination":{"page":1,"pageSize":2,"pageCount":1,"total":1}}}""");

    JsonNode read = TranslationOverlay.overlayPage(page, translations);

    assertThat(read.path("data").get(0).path("title").asString())
        .isEqualTo("Sorting waste at source");
    assertThat(read.path("data").get(1).path("title").asString())
        .isEqualTo("Thôn Bắc Sơn số hóa phản ánh");
    assertThat(read.path("meta").path("pagination").path("total").asInt())
        .as("paging is the Vietnamese page's")
        .isEqualTo(2);
  }
}
