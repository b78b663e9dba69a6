package vn.thidua.portal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slug rule, the state shown in the list, the image check and the story details. */
class StoryRulesTest {

  private static final Instant PUBLISHED = Instant.parse("2026-05-01T08:00:00Z");

  @Test
  void the_slug_follows_the_title_while_the_story_is_a_draft() {
    assertThat(StorySlug.next("Trạm y tế Đại Sơn số hóa", "ban-nhap", false, List.of()))
        .isEqualTo("tram-y-te-dai-son-so-hoa");
  }

  @Test
  void the_slug_stays_once_the_story_has_been_published() {
    assertThat(StorySlug.next("Tiêu đề mới hẳn", "tieu-de-cu", true, List.of()))
        .isEqualTo("tieu-de-cu");
  }

  @Test
  void a_slug_another_story_has_gets_a_number() {
    assertThat(StorySlug.next("Tin mới", null, false, List.of("tin-moi", "tin-moi-1")))
        .isEqualTo("tin-moi-2");
  }

  @Test
  void a_title_without_letters_still_gives_an_address() {
    assertThat(StorySlug.of("!!!")).isEqualTo("tin-bai");
  }

  @Test
  void a_story_never_published_is_a_draft() {
    assertThat(StoryState.of(PUBLISHED, null)).isEqualTo(StoryState.DRAFT);
  }

  @Test
  void a_story_whose_draft_is_what_readers_see_is_published() {
    assertThat(StoryState.of(PUBLISHED, PUBLISHED)).isEqualTo(StoryState.PUBLISHED);
  }

  @Test
  void a_story_edited_after_publishing_is_changed_since_publishing() {
    assertThat(StoryState.of(PUBLISHED.plusSeconds(60), PUBLISHED)).isEqualTo(StoryState.CHANGED);
  }

  @Test
  void only_raster_images_are_taken_by_their_content_not_their_name() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
    byte[] svg = "<svg onload=alert(1)>".getBytes();
    byte[] html = "<html><script>".getBytes();

    assertThat(StoryImages.mime(png)).isEqualTo("image/png");
    assertThat(StoryImages.mime(jpeg)).isEqualTo("image/jpeg");
    assertThat(StoryImages.mime(svg)).isNull();
    assertThat(StoryImages.mime(html)).isNull();
  }

  @Test
  void a_cover_needs_its_alt_text_and_tags_are_read_from_commas() {
    StoryDetails noAlt = new StoryDetails(null, 5L, " ", List.of(), false, null);

    assertThat(noAlt.coverWithoutAlt()).isTrue();
    assertThat(StoryDetails.tags(" chuyển đổi số, y tế,, y tế "))
        .containsExactly("chuyển đổi số", "y tế");
  }
}
