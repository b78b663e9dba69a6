package vn.thidua.indexer.webhook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.thidua.indexer.queue.EntryStore;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.JobKind;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.strapi.ContentModel;

/**
 * {@code POST /api/webhooks/strapi}. Payloads may lack relations, so the event is only a signal:
 * the queued job reads the entry again from Strapi, and a deleted or unpublished entry is found
 * missing there and leaves the index. Media events refresh the entries that use the file; a unit
 * event refreshes the entries of the unit; a criterion event refreshes every initiative, since the
 * code an initiative is found by may have changed, or the criterion may be gone (Strapi sends no
 * event for the initiatives whose relation a deleted criterion leaves). Only Strapi reaches it: the
 * security chain checks {@code X-Webhook-Secret} before this runs.
 */
@RestController
class WebhookController {

  private static final String CRITERION = "criterion";
  private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

  private final JobQueue queue;
  private final FileStatusStore statuses;
  private final EntryStore entries;

  WebhookController(JobQueue queue, FileStatusStore statuses, EntryStore entries) {
    this.queue = queue;
    this.statuses = statuses;
    this.entries = entries;
  }

  @PostMapping("/api/webhooks/strapi")
  ResponseEntity<Map<String, Object>> receive(@RequestBody JsonNode payload) {
    String event = payload.path("event").asString("");
    String modelName = payload.path("model").asString("");
    JsonNode entry = payload.path("entry");
    Set<Target> targets = new LinkedHashSet<>();
    if (event.startsWith("media.")) {
      // Strapi's upload service sends a media event's file under "media", not "entry".
      JsonNode file = payload.has("media") ? payload.path("media") : entry;
      String fileId = file.path("id").asString("");
      for (FileStatus status : statuses.findByFile(fileId)) {
        targets.add(new Target(status.model(), status.entryDocumentId()));
      }
    } else if ("unit".equals(modelName)) {
      String unitId = entry.path("documentId").asString("");
      addAll(targets, entries.byUnit(unitId));
    } else if (CRITERION.equals(modelName)) {
      addAll(targets, entries.all(ContentModel.INITIATIVE.singular()));
    } else {
      String documentId = entry.path("documentId").asString("");
      if (ContentModel.fromSingular(modelName).isPresent() && !documentId.isEmpty()) {
        targets.add(new Target(modelName, documentId));
      }
    }
    for (Target target : targets) {
      queue.enqueue(JobKind.SYNC_ENTRY, target.model(), target.documentId(), null);
    }
    log.debug("Webhook {} {}: {} entries queued", event, modelName, targets.size());
    return ResponseEntity.accepted().body(Map.of("queued", targets.size()));
  }

  private static void addAll(Set<Target> targets, List<EntryStore.StoredEntry> stored) {
    stored.forEach(entry -> targets.add(new Target(entry.model(), entry.documentId())));
  }

  private record Target(String model, String documentId) {}
}
