package vn.thidua.portal.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.council.CouncilContent.NoticeEntry;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.StrapiPage;

/**
 * The outbox for staff (issue 12): every notice with whom it is for, its subject, when it was made
 * and sent, how many attempts and the last error, and a retry for the failed ones. A notice has
 * failed when the outbox gave up on it ({@code portal.notices.max-attempts} failures): it is kept,
 * never dropped, and a retry gives it a fresh count so the next round sends it. Administrators and
 * the reviewer read and retry; a unit reads its own notices in its workspace, not here.
 */
@Service
public class OutboxDesk {

  private static final int MAX_PAGES = 20;

  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final NoticeProperties properties;

  private final NoticeOutbox outbox;

  OutboxDesk(
      StrapiClient strapi,
      CurrentUser currentUser,
      NoticeProperties properties,
      NoticeOutbox outbox) {
    this.strapi = strapi;
    this.currentUser = currentUser;
    this.properties = properties;
    this.outbox = outbox;
  }

  /** Where a notice's e-mail stands. */
  public enum State {
    SENT,
    PENDING,
    /** Its last attempt failed (the server down, the address refused); the rounds go on. */
    RETRYING,
    FAILED,
    NO_ADDRESS;

    /** Whether staff may send it again now. */
    public boolean resendable() {
      return this == RETRYING || this == FAILED;
    }

    /** Translation key of the label a person reads. */
    public String messageKey() {
      return "outbox.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A notice as the outbox page shows it. */
  public record Line(NoticeEntry notice, State state) {}

  /** Every notice, newest first. */
  public List<Line> notices() {
    requireStaff();
    List<Line> out = new ArrayList<>();
    StrapiQuery query = StrapiQuery.create().populate("unit", "person").sortDesc("createdAt");
    for (int page = 1; page <= MAX_PAGES; page++) {
      StrapiPage<NoticeEntry> p =
          strapi.find(CouncilContent.NOTICES, query.page(page, StrapiQuery.MAX_PAGE_SIZE));
      p.data().forEach(n -> out.add(new Line(n, state(n, properties.maxAttempts()))));
      if (page >= p.pagination().pageCount()) {
        break;
      }
    }
    return out;
  }

  /**
   * Sends a notice that could not be sent again, now: its attempt count starts over, so if the
   * server still refuses it the rounds keep trying. Only such a notice; a sent one is never sent
   * twice (the outbox re-reads it under its lock before sending).
   *
   * @return whether it went now
   */
  public boolean retry(String noticeDocumentId) {
    requireStaff();
    NoticeEntry n = strapi.findOne(CouncilContent.NOTICES, noticeDocumentId, StrapiQuery.create());
    if (!state(n, properties.maxAttempts()).resendable()) {
      throw new CouncilException("outbox.retry.not-failed");
    }
    strapi.update(
        CouncilContent.NOTICES,
        noticeDocumentId,
        Map.of("attempts", 0, "lastError", ""),
        Publication.PUBLISHED);
    return outbox.sendNow(noticeDocumentId);
  }

  /** A notice's state: sent, no address, failed (the outbox gave up) or still pending. */
  static State state(NoticeEntry n, int maxAttempts) {
    @Nullable String status = n.mailStatus();
    if (NoticeOutbox.SENT.equals(status)) {
      return State.SENT;
    }
    if ("no_address".equals(status)) {
      return State.NO_ADDRESS;
    }
    int attempts = n.attempts() == null ? 0 : n.attempts();
    if (attempts >= maxAttempts) {
      return State.FAILED;
    }
    return n.lastError() != null && !n.lastError().isBlank() ? State.RETRYING : State.PENDING;
  }

  private void requireStaff() {
    currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
  }
}
