package vn.thidua.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents copied from mapping version 2 lose the made-up path and keep the entry's slug. */
class SlugFromEntryUrlTest {

  @Test
  void a_story_copied_from_version_two_keeps_its_slug_and_loses_the_made_up_path() {
    Map<String, Object> story = source("story", "st1", "/stories/thon-bac-son");

    IndexBootstrap.slugFromEntryUrl(story);

    assertThat(story).containsEntry("slug", "thon-bac-son").doesNotContainKey("entryUrl");
  }

  @Test
  void a_report_or_an_entry_that_stood_in_its_document_id_gets_no_slug() {
    Map<String, Object> report = source("report", "rp1", "/reports/rp1");
    Map<String, Object> initiative = source("initiative", "in1", "/initiatives/in1");

    IndexBootstrap.slugFromEntryUrl(report);
    IndexBootstrap.slugFromEntryUrl(initiative);

    assertThat(report).doesNotContainKeys("slug", "entryUrl");
    assertThat(initiative).doesNotContainKeys("slug", "entryUrl");
  }

  private static Map<String, Object> source(String model, String documentId, String entryUrl) {
    Map<String, Object> source = new HashMap<>();
    source.put("model", model);
    source.put("entryDocumentId", documentId);
    source.put("entryUrl", entryUrl);
    return source;
  }
}
