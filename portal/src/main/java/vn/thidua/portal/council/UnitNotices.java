package vn.thidua.portal.council;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Unit;

/**
 * Makes a notice to a unit: shown in its workspace, and put into the outbox for its contact's
 * address ({@link NoticeOutbox} sends it), or marked as having no address. A notice is made once
 * per key, however often it is asked for.
 */
@Component
class UnitNotices {

  private final StrapiClient strapi;

  UnitNotices(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /**
   * Makes the notice unless one with {@code key} exists.
   *
   * @return 1 if made, 0 if it existed
   */
  int tell(String kind, String key, Unit unit, String subject, String body, String link) {
    boolean exists =
        !strapi
            .find(CouncilContent.NOTICES, StrapiQuery.create().eq("dedupKey", key).page(1, 1))
            .data()
            .isEmpty();
    if (exists) {
      return 0;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", kind);
    data.put("unit", unit.documentId());
    data.put("subject", subject);
    data.put("body", body);
    data.put("link", link);
    if (unit.contactEmail() != null && !unit.contactEmail().isBlank()) {
      data.put("email", unit.contactEmail());
      data.put("mailStatus", NoticeOutbox.PENDING);
    } else {
      data.put("mailStatus", "no_address");
    }
    data.put("attempts", 0);
    data.put("dedupKey", key);
    strapi.create(CouncilContent.NOTICES, data, Publication.PUBLISHED);
    return 1;
  }
}
