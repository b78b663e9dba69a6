package vn.thidua.portal.council;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.portal.council.CouncilContent.NoticeEntry;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;

/**
 * Sends the notices' e-mails from the outbox kept in Strapi: each pending message is tried, marked
 * sent when the server took it, and otherwise kept with its attempt count and error for the next
 * round, so a mail server outage loses nothing. One sender at a time, and a message is re-read just
 * before it goes, so it is not sent twice; its Message-ID is fixed by the notice, so even a retry
 * after a lost acknowledgement is recognisable as the same message.
 */
@Component
class NoticeOutbox {

  private static final Logger log = LoggerFactory.getLogger(NoticeOutbox.class);
  static final String PENDING = "pending";
  static final String SENT = "sent";

  private final StrapiClient strapi;
  private final ObjectProvider<JavaMailSender> mail;
  private final NoticeProperties properties;
  private final Clock clock;

  NoticeOutbox(
      StrapiClient strapi,
      ObjectProvider<JavaMailSender> mail,
      NoticeProperties properties,
      Clock clock) {
    this.strapi = strapi;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  /** Tries every pending message once; returns how many were sent. */
  @Scheduled(
      initialDelayString = "${portal.notices.retry-every:30s}",
      fixedDelayString = "${portal.notices.retry-every:30s}")
  synchronized int sendPending() {
    JavaMailSender sender = mail.getIfAvailable();
    // An empty SPRING_MAIL_HOST (compose passes one when none is set) is no server either.
    if (sender == null
        || (sender instanceof JavaMailSenderImpl impl
            && (impl.getHost() == null || impl.getHost().isBlank()))) {
      return 0;
    }
    List<NoticeEntry> pending;
    try {
      pending =
          strapi
              .find(
                  CouncilContent.NOTICES,
                  StrapiQuery.create()
                      .eq("mailStatus", PENDING)
                      .filter("attempts", "$lt", properties.maxAttempts())
                      .sortAsc("createdAt")
                      .page(1, StrapiQuery.MAX_PAGE_SIZE))
              .data();
    } catch (StrapiException e) {
      log.warn("outbox: Strapi cannot list pending notices now: {}", e.getMessage());
      return 0;
    }
    int sent = 0;
    for (NoticeEntry n : pending) {
      if (send(sender, n)) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Tries one notice now, when staff ask from the outbox page; in the same lock as the rounds and
   * re-read first, so a double click, or a round running at the same moment, sends it once.
   *
   * @return whether it went
   */
  synchronized boolean sendNow(String noticeDocumentId) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null
        || (sender instanceof JavaMailSenderImpl impl
            && (impl.getHost() == null || impl.getHost().isBlank()))) {
      return false;
    }
    return send(
        sender, strapi.findOne(CouncilContent.NOTICES, noticeDocumentId, StrapiQuery.create()));
  }

  private boolean send(JavaMailSender sender, NoticeEntry n) {
    NoticeEntry current =
        strapi.findOne(CouncilContent.NOTICES, n.documentId(), StrapiQuery.create());
    if (!PENDING.equals(current.mailStatus()) || current.email() == null) {
      return false;
    }
    int attempts = current.attempts() == null ? 0 : current.attempts();
    Map<String, Object> data = new LinkedHashMap<>();
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper m = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      m.setFrom(properties.from());
      m.setTo(current.email());
      m.setSubject(current.subject());
      m.setText(body(current));
      message.saveChanges();
      message.setHeader("Message-ID", "<notice-" + current.documentId() + "@thidua.portal>");
      sender.send(message);
      data.put("mailStatus", SENT);
      data.put("sentAt", clock.instant().toString());
      data.put("attempts", attempts + 1);
      strapi.update(CouncilContent.NOTICES, current.documentId(), data, Publication.PUBLISHED);
      log.info("outbox: notice {} sent to {}", current.documentId(), current.email());
      return true;
    } catch (MailException | jakarta.mail.MessagingException e) {
      data.put("attempts", attempts + 1);
      data.put("lastError", String.valueOf(e.getMessage()));
      strapi.update(CouncilContent.NOTICES, current.documentId(), data, Publication.PUBLISHED);
      log.warn("outbox: notice {} kept for a retry: {}", current.documentId(), e.getMessage());
      return false;
    }
  }

  /** The message: the notice's text and the link to the page concerned. */
  String body(NoticeEntry n) {
    StringBuilder b = new StringBuilder();
    b.append(n.body() == null ? n.subject() : n.body()).append("\n\n");
    if (properties.portalUrl() != null) {
      String base = properties.portalUrl().toString().replaceAll("/+$", "");
      b.append("Xem thông báo trên cổng thông tin: ")
          .append(base)
          .append("/")
          .append(DecisionDesk.NOTICES_ROUTE)
          .append("\n");
      if (n.link() != null) {
        b.append("Trang khen thưởng: ").append(base).append("/").append(n.link()).append("\n");
      }
    }
    b.append("\n-- \nCổng thông tin phong trào thi đua (thư tự động, vui lòng không trả lời).\n");
    return b.toString();
  }
}
