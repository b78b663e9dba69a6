package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.StrapiAsPortal;

/**
 * Bình xét end to end on the running stack (issue 12): an office's submitted scores make a unit
 * eligible; the council's secretary proposes it; two members mark themselves present and vote (one
 * of them double-clicks); the chair closes the meeting; the decision is drafted, downloaded as DOCX
 * (read back by POI and by LibreOffice) and issued; the certificate PDF names the unit with its
 * diacritics; the public honours page and the unit's notices show the award. A person (1.4) goes
 * the same way from the office's registration desk to her records and her unit's mailbox; and a
 * notice the mail server did not take is shown as not sent, sent again by staff, and arrives once.
 */
class CouncilJourneyIT {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String UNIT = "Trạm Y tế xã Đại Sơn";
  private static final String UNIT_SLUG = "tram-y-te-xa-dai-son";
  private static final String UNIT_EMAIL = "tramyte.daison@example.vn";
  private static final String ROUTE = "lam-viec/hoi-dong/binh-xet";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @TempDir Path dir;

  @Test
  void the_council_proposes_votes_closes_decides_and_the_award_reaches_the_honours_page()
      throws Exception {
    int year = LocalDate.now(VN).getYear();
    String number = "25/QĐ-UBND";
    scoreFullMarks(UNIT_SLUG, "co_quan", year);

    try (Browser b = new Browser()) {
      // 1. The secretary sees the unit among the eligible, proposes it, opens the meeting.
      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      b.open(ROUTE);
      Browser.until(Duration.ofSeconds(30), () -> b.cells("bx-candidates").contains(UNIT));
      assertThat(b.cells("bx-candidates"))
          .as("only units whose total reaches the threshold")
          .doesNotContain("Hợp tác xã Nông nghiệp Đông Sơn");
      clickInRow(b, "bx-candidates", UNIT, "bx-propose");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("bx-propose-save")).isEmpty());
      b.driver.findElement(By.id("bx-propose-save")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.cells("bx-proposals").contains(UNIT));
      assertThat(b.cells("bx-proposals")).contains("Chờ xét").contains("100");
      b.driver.findElement(By.id("bx-open")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-present").contains("0/3"));

      // 2. Two members come, mark themselves present and agree; the chair double-clicks.
      for (String member : List.of("hoidong.chutich", "hoidong.uyvien")) {
        b.signIn(member, "DEMO_PASSWORD_COUNCIL");
        b.open(ROUTE);
        Browser.until(
            Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("bx-attend")).isEmpty());
        b.driver.findElement(By.id("bx-attend")).click();
        b.waitForVaadin();
        // Other tests on the same stack may have left proposals: vote in this unit's row.
        Browser.until(
            Duration.ofSeconds(30), () -> inRow(b, "bx-proposals", UNIT, "bx-agree") != null);
        WebElement agree = (WebElement) inRow(b, "bx-proposals", UNIT, "bx-agree");
        b.js("arguments[0].click(); arguments[0].click();", agree);
        b.waitForVaadin();
        Browser.until(
            Duration.ofSeconds(30),
            () -> !rowText(b, "bx-proposals", UNIT).contains("Chưa biểu quyết"));
      }
      Browser.until(Duration.ofSeconds(30), () -> votes(UNIT_SLUG).size() == 2);
      assertThat(votes(UNIT_SLUG))
          .as("one vote per member, the double click made no second")
          .extracting(v -> v.path("memberUsername").asString())
          .containsExactlyInAnyOrder("hoidong.chutich", "hoidong.uyvien");

      // 3. The chair closes the meeting: 2 of 2 present agree, more than half: passed.
      b.signIn("hoidong.chutich", "DEMO_PASSWORD_COUNCIL");
      b.open(ROUTE);
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("bx-close")).isEmpty());
      b.driver.findElement(By.id("bx-close")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.id("bx-close-confirm")).isEmpty());
      b.driver.findElement(By.id("bx-close-confirm")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-minutes").contains("Biên bản"));
      assertThat(b.text("bx-minutes"))
          .contains(UNIT)
          .contains("Được thông qua")
          .contains("2 đồng ý, 0 không đồng ý / 2 có mặt")
          .contains("Nguyễn Văn Hùng")
          .contains("Trần Thị Hương");
      assertThat(b.driver.findElements(By.cssSelector("#bx-proposals .bx-agree")))
          .as("a closed meeting takes no vote")
          .isEmpty();

      // 4. The decision: drafted with its number, downloaded as DOCX, read back.
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("bx-number")).isEmpty());
      b.driver.findElement(By.cssSelector("#bx-number input")).sendKeys(number);
      b.driver.findElement(By.id("bx-draft")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-decision").contains("Dự thảo"));
      byte[] docx = b.downloadLink("bx-docx");
      String text;
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
          XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
        text = words.getText();
        assertThat(doc.getTables()).as("heading, signature, one list per form").hasSize(3);
        assertThat(doc.getTables().get(2).getText()).contains(UNIT).contains("100");
      }
      assertThat(text)
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Số: " + number)
          .contains("QUYẾT ĐỊNH")
          .contains("Điều 1.")
          .contains("Nơi nhận:")
          .contains("DANH SÁCH")
          .contains(UNIT);
      assertThat(inLibreOffice(docx)).contains(UNIT).contains("Số: " + number).contains("Nơi nhận");

      // 5. Issued: the certificate names the unit, with its diacritics.
      b.driver.findElement(By.id("bx-issue")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-decision").contains("đã ban hành"));
      byte[] pdf = b.downloadLink("bx-certificate-1");
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String printed = new PDFTextStripper().getText(doc);
        assertThat(printed).contains(UNIT).contains("GIẤY KHEN").contains("Số: " + number);
        assertThat(doc.getNumberOfPages()).isEqualTo(1);
      }
      try (PDDocument all = Loader.loadPDF(b.downloadLink("bx-certificates"))) {
        assertThat(all.getNumberOfPages()).isEqualTo(1);
      }
      assertThat(awardsOf(number)).as("issuing made one award").hasSize(1);

      // 6. The public honours page and the unit's notices show it.
      b.signOut();
      b.open("khen-thuong");
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains(number));
      assertThat(b.bodyText()).contains(UNIT);
      b.signIn("donvi.tramyte", "DEMO_PASSWORD_UNIT");
      b.open("lam-viec/don-vi/thong-bao");
      Browser.until(Duration.ofSeconds(30), () -> b.cells("unit-notices").contains(number));
      assertThat(b.cells("unit-notices")).contains(UNIT);
      // 7. The e-mail went through the outbox to the unit's contact, once.
      Browser.until(Duration.ofSeconds(90), () -> !mailsTo(UNIT_EMAIL).isEmpty());
      // The unit may also have been reminded of its report (ReminderNotices): decisions only.
      List<JsonNode> decisionMails =
          mailsTo(UNIT_EMAIL).stream()
              .filter(m -> m.path("subject").asString().startsWith("Quyết định"))
              .toList();
      assertThat(decisionMails)
          .extracting(m -> m.path("subject").asString())
          .containsExactly("Quyết định khen thưởng số " + number);
      assertThat(decisionMails.get(0).path("mimeMessage").asString())
          .contains("lam-viec/don-vi/thong-bao");
      assertThat(notice(number).path("mailStatus").asString()).isEqualTo("sent");
    }
  }

  @Test
  void
      a_person_is_proposed_from_the_award_desk_and_an_awarded_person_has_a_public_and_a_staff_record()
          throws Exception {
    // Seeded (cms-config seed/emulation.json): Lê Thu Hà registered in 2026 and is in the units'
    // decision 15/QĐ-UBND; Phạm Văn Hải, a resident, registered and is not awarded.
    String thuHa = "Lê Thu Hà, Công chức Văn hóa – Xã hội, Phòng Văn hóa – Xã hội xã";
    String hai = "Phạm Văn Hải, Nông dân, Thôn Bắc Sơn";
    try (Browser b = new Browser()) {
      // 1. The honours list names the person with position and unit, and links their record.
      b.open("khen-thuong");
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains(thuHa));
      Object href =
          b.js(
              "const li = Array.from(document.querySelectorAll('li')).find(l => {"
                  + " const n = l.querySelector('.portal-honour-name');"
                  + " return n && n.textContent.trim() === arguments[0]; });"
                  + " const a = li && li.querySelector('a');"
                  + " return a ? a.getAttribute('href') : null;",
              thuHa);
      assertThat(href).as("the person's public record is linked from the honours list").isNotNull();
      String record = href.toString().replaceFirst("^/", "");
      assertThat(record).startsWith("ho-so/ca-nhan/");
      String personId = record.substring("ho-so/ca-nhan/".length());

      // 2. Their public record: the decided award; a person without one has no public page.
      b.open(record);
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains("15/QĐ-UBND"));
      assertThat(b.bodyText()).contains(thuHa).contains("Giấy khen của Chủ tịch UBND xã");
      assertThat(b.bodyText()).as("a registration is never public").doesNotContain("Đã đăng ký");
      b.open("ho-so/ca-nhan/khongcoai");
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains("Không tìm thấy"));

      // 3. Staff open the whole record: the registration and the award.
      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      b.open("lam-viec/ho-so?ca-nhan=" + personId);
      Browser.until(Duration.ofSeconds(30), () -> b.text("record-body").contains("15/QĐ-UBND"));
      assertThat(b.text("record-body")).contains(thuHa).contains("Đã đăng ký");

      // 4. The award desk proposes a person: picked by name, position and unit; the annual
      // forms include the one the stage's decisions already use; saving says so.
      b.open("lam-viec/hoi-dong");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("award-propose")).isEmpty());
      b.click("award-propose");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("award-person")).isEmpty());
      assertThat(b.value("award-year")).as("the annual stage's year").isEqualTo("2026");
      b.pick("award-person", "Phạm Văn Hải");
      assertThat(b.value("award-person")).isEqualTo(hai);
      b.pick("award-form", "Giấy khen của Chủ tịch");
      assertThat(b.value("award-form")).isEqualTo("Giấy khen của Chủ tịch UBND xã");
      b.click("award-save");
      Browser.until(
          Duration.ofSeconds(30), () -> b.bodyText().contains("Đã lưu đề nghị khen thưởng"));
      Browser.until(Duration.ofSeconds(30), () -> b.cells("awards").contains(hai));
      JsonNode proposed =
          StrapiAsPortal.get(
                  "awards?status=draft&populate=recipient&filters[recipientPerson][$eq]="
                      + URLEncoder.encode(hai, StandardCharsets.UTF_8))
              .path("data");
      assertThat(proposed.size()).isPositive();
      assertThat(proposed.get(0).path("recipient").path("fullName").asString())
          .as("the proposal points at the person")
          .isEqualTo("Phạm Văn Hải");
    }
  }

  @Test
  void a_person_is_registered_scored_proposed_voted_decided_and_the_award_reaches_their_records()
      throws Exception {
    // Đỗ Thị Mai (seed/emulation.json) has not registered; she has no address of her own, so the
    // decision's notice goes to her unit's contact (DecisionDesk.personContact).
    String name = "Đỗ Thị Mai";
    String label = name + ", Chi hội trưởng Chi hội Phụ nữ thôn Tây, Hội Liên hiệp Phụ nữ xã";
    String unitEmail = "phunu.daison@example.vn";
    String number = "31/QĐ-UBND";
    LocalDate today = LocalDate.now(VN);
    int year = today.getYear();
    RegistrationJourneyIT.StrapiAdmin admin = new RegistrationJourneyIT.StrapiAdmin();
    admin.window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    try (Browser b = new Browser()) {
      // 1. The Culture–Society office registers her from the form she signed.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/dang-ky-ca-nhan");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("person-registration-window").contains("đến hết 31/12/" + year));
      b.choose("person-registration-person", name);
      b.driver.findElement(By.id("person-commit-1.4.a")).click();
      b.type("person-target-1.4.a", "2");
      b.driver.findElement(By.id("person-commit-1.4.b")).click();
      b.choose("person-registration-form", "Khen thưởng theo thẩm quyền");
      // A real click: it takes the focus from the target field, which sends its value.
      b.driver.findElement(By.id("person-registration-submit")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("person-registration-message").contains("Đã gửi đăng ký của " + label));

      // 2. The office scores her on both of her criteria (1.4 is its own) in the scoring page.
      b.open("lam-viec/cham-diem");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("scoring-year")).isEmpty());
      if (!b.text("scoring-year").contains(String.valueOf(year))) {
        b.choose("scoring-year", String.valueOf(year));
      }
      if (!b.driver.findElements(By.id("sheet-reopen")).isEmpty()) {
        // Another journey on this stack submitted the year's sheet: reopen it as the office would.
        b.driver.findElement(By.id("sheet-reopen")).click();
        Browser.until(
            Duration.ofSeconds(30), () -> b.text("scoring-message").contains("Hãy ghi lý do"));
        b.typeArea("reopen-reason", "Chấm điểm cá nhân đăng ký bổ sung");
        b.driver.findElement(By.id("sheet-reopen")).click();
        Browser.until(
            Duration.ofSeconds(30), () -> b.text("scoring-message").contains("Đã mở lại"));
      }
      b.choose("scoring-unit", label.substring(0, label.lastIndexOf(", ")));
      Browser.until(Duration.ofSeconds(30), () -> b.text("scoring-unit-heading").contains(name));
      assertThat(b.text("line-1.4.a"))
          .as("the target registered through the desk, the criterion's maximum")
          .contains("Chỉ tiêu cá nhân đăng ký: 2")
          .contains("Điểm tối đa: 60");
      for (String[] line : List.of(new String[] {"1.4.a", "60"}, new String[] {"1.4.b", "40"})) {
        b.type("points-" + line[0], line[1]);
        b.driver.findElement(By.id("save-" + line[0])).click();
        Browser.until(
            Duration.ofSeconds(30),
            () -> b.text("scoring-message").contains("Đã lưu điểm tiêu chí " + line[0]));
      }
      // Submitting the office's own sheet would freeze the one ScoringJourneyIT works in: the
      // submitted sheet that the ranking counts is written beside it, as for the unit above.
      scoreFullMarks(personId(name), "person", "ca_nhan", year);

      // 3. The secretary proposes her from the eligible; a meeting opens if none is open.
      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      b.open(ROUTE);
      Browser.until(Duration.ofSeconds(30), () -> b.cells("bx-candidates").contains(name));
      clickInRow(b, "bx-candidates", name, "bx-propose");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("bx-propose-save")).isEmpty());
      b.driver.findElement(By.id("bx-propose-save")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.cells("bx-proposals").contains(label));
      if (!b.driver.findElements(By.id("bx-open")).isEmpty()) {
        b.driver.findElement(By.id("bx-open")).click();
        b.waitForVaadin();
      }
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-present").contains("/3"));

      // 4. Three members are present and agree.
      for (String member : List.of("hoidong", "hoidong.chutich", "hoidong.uyvien")) {
        b.signIn(member, "DEMO_PASSWORD_COUNCIL");
        b.open(ROUTE);
        Browser.until(Duration.ofSeconds(30), () -> b.cells("bx-proposals").contains(label));
        if (!b.driver.findElements(By.id("bx-attend")).isEmpty()) {
          b.driver.findElement(By.id("bx-attend")).click();
          b.waitForVaadin();
        }
        Browser.until(
            Duration.ofSeconds(30), () -> inRow(b, "bx-proposals", label, "bx-agree") != null);
        b.press((WebElement) inRow(b, "bx-proposals", label, "bx-agree"));
        Browser.until(
            Duration.ofSeconds(30),
            () -> !rowText(b, "bx-proposals", label).contains("Chưa biểu quyết"));
      }

      // 5. The chair closes the meeting: 3 of 3 agree.
      b.click("bx-close");
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.id("bx-close-confirm")).isEmpty());
      b.driver.findElement(By.id("bx-close-confirm")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-minutes").contains(label));
      assertThat(b.text("bx-minutes"))
          .contains("3 đồng ý, 0 không đồng ý / 3 có mặt")
          .contains("Được thông qua");

      // 6. The decision, its number and date recorded, issued; the certificate names her.
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("bx-number")).isEmpty());
      b.driver.findElement(By.cssSelector("#bx-number input")).sendKeys(number);
      // A real click: it takes the focus from the number field, which sends its value.
      b.driver.findElement(By.id("bx-draft")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-decision").contains("Dự thảo"));
      assertThat(b.text("bx-decision"))
          .contains("Quyết định số " + number + " ngày " + today.format(DAY));
      try (XWPFDocument doc =
              new XWPFDocument(new ByteArrayInputStream(b.downloadLink("bx-docx")));
          XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
        assertThat(words.getText()).contains("Số: " + number).contains(name);
      }
      b.driver.findElement(By.id("bx-issue")).click();
      b.waitForVaadin();
      Browser.until(Duration.ofSeconds(30), () -> b.text("bx-decision").contains("đã ban hành"));
      try (PDDocument doc = Loader.loadPDF(b.downloadLink("bx-certificate-1"))) {
        assertThat(new PDFTextStripper().getText(doc))
            .contains(name)
            .contains("Chi hội trưởng Chi hội Phụ nữ thôn Tây")
            .contains("Số: " + number);
      }

      // 7. The honours page names her and links her public record, which shows the award.
      b.signOut();
      b.open("khen-thuong");
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains(number));
      assertThat(b.bodyText()).contains(label);
      String personId = personId(name);
      b.open("ho-so/ca-nhan/" + personId);
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains(number));
      assertThat(b.bodyText()).contains(label).doesNotContain("Đã đăng ký");

      // 8. Staff read her whole record: the registration, the scores and the award.
      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      b.open("lam-viec/ho-so?ca-nhan=" + personId);
      Browser.until(Duration.ofSeconds(30), () -> b.text("record-body").contains(number));
      assertThat(b.text("record-body")).contains("Đã đăng ký");

      // 9. Her unit's contact got the decision's notice, once.
      Browser.until(
          Duration.ofSeconds(90),
          () ->
              mailsTo(unitEmail).stream()
                  .anyMatch(m -> m.path("subject").asString().contains(number)));
      assertThat(mailsTo(unitEmail))
          .extracting(m -> m.path("subject").asString())
          .containsOnlyOnce("Quyết định khen thưởng số " + number);
    } finally {
      admin.window(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
    }
  }

  @Test
  void a_notice_the_mail_server_did_not_take_shows_failed_and_staff_send_it_again_once()
      throws Exception {
    // A reminder to a unit while the commune's mail server (the stack's catcher) is down.
    String nonce = Long.toString(System.nanoTime(), 36);
    String address = "hoinongdan." + nonce + "@example.vn";
    String subject = "Nhắc hạn gửi báo cáo năm (" + nonce + ")";
    String unit =
        StrapiAsPortal.get("units?filters[slug][$eq]=hoi-nong-dan-xa")
            .path("data")
            .get(0)
            .path("documentId")
            .asString();
    stack("down", "mail");
    // Whatever happens, the catcher is up again for the tests after this one.
    try (Browser b = new Browser()) {
      StrapiAsPortal.write(
          "POST",
          "notices",
          Map.of(
              "kind",
              "reminder",
              "unit",
              unit,
              "subject",
              subject,
              "body",
              "Hội Nông dân xã chưa gửi báo cáo năm.",
              "email",
              address,
              "mailStatus",
              "pending",
              "attempts",
              0,
              "dedupKey",
              "outbox-journey:" + nonce));
      // The outbox's next round cannot reach the server and records why.
      Browser.until(
          Duration.ofSeconds(120),
          () -> {
            JsonNode error = noticeBySubject(subject).path("lastError");
            return error.isString() && !error.asString().isBlank();
          });

      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/hop-thu-di");
      Browser.until(Duration.ofSeconds(30), () -> b.cells("outbox").contains(subject));
      assertThat(rowText(b, "outbox", "Hội Nông dân xã <" + address + ">"))
          .contains(subject)
          .contains("Gửi không thành công");
      Browser.until(
          Duration.ofSeconds(30),
          () -> inRow(b, "outbox", "Hội Nông dân xã <" + address + ">", "outbox-retry") != null);
      WebElement again =
          (WebElement) inRow(b, "outbox", "Hội Nông dân xã <" + address + ">", "outbox-retry");

      // The server is back; staff send it again with a double click. It goes once.
      stack("up", "mail");
      b.js("arguments[0].click(); arguments[0].click();", again);
      b.waitForVaadin();
      Browser.until(
          Duration.ofSeconds(60),
          () -> "sent".equals(noticeBySubject(subject).path("mailStatus").asString()));
      b.open("lam-viec/hop-thu-di");
      Browser.until(
          Duration.ofSeconds(30),
          () -> rowText(b, "outbox", "Hội Nông dân xã <" + address + ">").contains("Đã gửi"));
      assertThat(rowText(b, "outbox", "Hội Nông dân xã <" + address + ">"))
          .as("the page shows who got what, and when")
          .contains(subject)
          .contains(LocalDate.now(VN).format(DAY));
      // A round after the send finds nothing left to send: still one message.
      Browser.until(Duration.ofSeconds(30), () -> !mailsTo(address).isEmpty());
      assertThat(mailsTo(address))
          .extracting(m -> m.path("subject").asString())
          .containsExactly(subject);
    } finally {
      stack("up", "mail");
    }
  }

  private static JsonNode noticeBySubject(String subject) {
    try {
      JsonNode data =
          StrapiAsPortal.get("notices?filters[subject][$eq]=" + enc(subject)).path("data");
      return data.isEmpty() ? JSON.createObjectNode() : data.get(0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code infra/stack} on the test stack (the profile and ports come from the build). */
  private static void stack(String... args) {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("repo.root", "..")).resolve("infra/stack").toString());
    command.addAll(List.of(args));
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put("STACK_PROFILE", "test");
      pb.environment().put("STACK_NO_BUILD", "1");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("infra/stack %s", command).isTrue();
      assertThat(p.exitValue()).as("infra/stack %s: %s", command, out).isZero();
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError("infra/stack " + command, e);
    }
  }

  private static String personId(String fullName) throws Exception {
    JsonNode found =
        StrapiAsPortal.get("people?filters[fullName][$eq]=" + enc(fullName)).path("data");
    assertThat(found.size()).as("the person %s", fullName).isEqualTo(1);
    return found.get(0).path("documentId").asString();
  }

  private static List<JsonNode> mailsTo(String address) {
    return MailCatcher.mailsTo(address);
  }

  /** The first element of {@code cssClass} in the grid row that starts with {@code rowText}. */
  private static Object inRow(Browser b, String grid, String rowText, String cssClass) {
    return b.js(
        "const g = document.getElementById(arguments[0]);"
            + " const cells = Array.from(g.querySelectorAll('vaadin-grid-cell-content'));"
            + " const i = cells.findIndex(c => c.textContent.trim() === arguments[1]);"
            + " if (i < 0) return null;"
            + " return cells.slice(i).map(c => c.querySelector('.' + arguments[2])).find(x => x) || null;",
        grid,
        rowText,
        cssClass);
  }

  /** The text of the grid row that starts with {@code rowText} (its cells as laid out). */
  private static String rowText(Browser b, String grid, String rowText) {
    Object text =
        b.js(
            "const g = document.getElementById(arguments[0]);"
                + " const cells = Array.from(g.querySelectorAll('vaadin-grid-cell-content'));"
                + " const i = cells.findIndex(c => c.textContent.trim() === arguments[1]);"
                + " const columns = g.querySelectorAll('vaadin-grid-column').length;"
                + " return i < 0 ? '' : cells.slice(i, i + columns).map(c => c.textContent).join(' | ');",
            grid,
            rowText);
    return text == null ? "" : text.toString();
  }

  private static void clickInRow(Browser b, String grid, String rowText, String buttonClass) {
    // A component column's cell sits in the grid's light DOM; its row is found by the cells' slots.
    Object done =
        b.js(
            "const g = document.getElementById(arguments[0]);"
                + " const cells = Array.from(g.querySelectorAll('vaadin-grid-cell-content'));"
                + " const i = cells.findIndex(c => c.textContent.trim() === arguments[1]);"
                + " if (i < 0) return false;"
                + " const button = cells.slice(i).map(c => c.querySelector('.' + arguments[2]))"
                + ".find(x => x); if (!button) return false; button.click(); return true;",
            grid,
            rowText,
            buttonClass);
    assertThat(done).as("a %s button in the row of %s", buttonClass, rowText).isEqualTo(true);
  }

  private String inLibreOffice(byte[] docx) throws Exception {
    Path file = dir.resolve("quyet-dinh.docx");
    Files.write(file, docx);
    Process p =
        new ProcessBuilder(
                "/usr/bin/soffice",
                "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
                dir.resolve("out").toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    Path txt = dir.resolve("out").resolve("quyet-dinh.txt");
    assertThat(txt).as("LibreOffice opened the decision").exists();
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  // --- Strapi, with the portal's token: the office's scores stand in for the scoring screens.

  private static void scoreFullMarks(String unitSlug, String kind, int year) throws Exception {
    String unit =
        StrapiAsPortal.get("units?filters[slug][$eq]=" + unitSlug)
            .path("data")
            .get(0)
            .path("documentId")
            .asString();
    scoreFullMarks(unit, "unit", kind, year);
  }

  /** A submitted sheet giving the subject (a unit or a person) every criterion's maximum. */
  private static void scoreFullMarks(String subject, String field, String kind, int year)
      throws Exception {
    JsonNode criteria =
        StrapiAsPortal.get("criteria?filters[unitKind][$eq]=" + kind + "&pagination[pageSize]=100")
            .path("data");
    assertThat(criteria.size()).as("criteria of kind %s", kind).isPositive();
    String sheet =
        StrapiAsPortal.write(
                "POST",
                "score-sheets",
                Map.of("office", "van_hoa_xa_hoi", "year", year, "status", "open"))
            .path("data")
            .path("documentId")
            .asString();
    for (JsonNode c : criteria) {
      StrapiAsPortal.write(
          "POST",
          "scores",
          Map.of(
              "sheet",
              sheet,
              field,
              subject,
              "criterion",
              c.path("documentId").asString(),
              "year",
              year,
              "points",
              c.path("maxScore").asDouble(),
              "scoredBy",
              "thamdinh"));
    }
    StrapiAsPortal.write(
        "PUT", "score-sheets/" + sheet, Map.of("status", "submitted", "submittedBy", "thamdinh"));
  }

  /** The votes on proposals for the unit: other tests on the same stack vote on others. */
  private static List<JsonNode> votes(String unitSlug) {
    JsonNode data;
    try {
      data =
          StrapiAsPortal.get(
                  "votes?pagination[pageSize]=100&filters[proposal][unit][slug][$eq]=" + unitSlug)
              .path("data");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return java.util.stream.StreamSupport.stream(data.spliterator(), false)
        .collect(Collectors.toList());
  }

  private static JsonNode awardsOf(String number) throws Exception {
    return StrapiAsPortal.get("awards?filters[decisionNumber][$eq]=" + enc(number)).path("data");
  }

  private static JsonNode notice(String number) throws Exception {
    JsonNode data =
        StrapiAsPortal.get("notices?filters[subject][$contains]=" + enc(number)).path("data");
    assertThat(data.size()).as("the notice of decision %s", number).isEqualTo(1);
    return data.get(0);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
