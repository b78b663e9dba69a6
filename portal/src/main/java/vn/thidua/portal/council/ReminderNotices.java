package vn.thidua.portal.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.portal.registration.EmulationSettings;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.registration.RegistrationWindow;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The reminders of issue 12, put into the outbox (which sends them, see {@link NoticeOutbox}): the
 * report reminder N days before 1 December to each unit that has not sent its annual report, and
 * the registration reminder N days before the registration window closes to each unit that has not
 * registered; N is set in Strapi's site setting (default 7). Each unit is reminded once a year of
 * each (the notice's dedup key), however often the check runs; a unit without a contact gets its
 * notice in the workspace, marked as having no address.
 */
@Component
class ReminderNotices {

  private static final Logger log = LoggerFactory.getLogger(ReminderNotices.class);
  static final String REPORT = "reminder-report";
  static final String REGISTRATION = "reminder-registration";
  static final int DEFAULT_LEAD_DAYS = 7;
  private static final MonthDay REPORT_DEADLINE = MonthDay.of(12, 1);
  private static final int MAX_PAGES = 20;

  static final ContentType<Registration> REGISTRATIONS =
      new ContentType<>("registrations", "api::registration.registration", Registration.class);
  static final SingleType<EmulationSettings> SETTINGS =
      new SingleType<>("site-setting", "api::site-setting.site-setting", EmulationSettings.class);

  private final StrapiClient strapi;
  private final UnitNotices notices;
  private final Clock clock;

  ReminderNotices(StrapiClient strapi, UnitNotices notices, Clock clock) {
    this.strapi = strapi;
    this.notices = notices;
    this.clock = clock;
  }

  /** Checks a few times a day; a notice already made is never made again. */
  @Scheduled(
      initialDelayString = "${portal.notices.reminders-first:1m}",
      fixedDelayString = "${portal.notices.reminders-every:6h}")
  int remindNow() {
    try {
      return remind(LocalDate.now(clock));
    } catch (StrapiException e) {
      log.warn("reminders: Strapi cannot answer now, next check later: {}", e.getMessage());
      return 0;
    }
  }

  /** The reminders due on {@code today}; returns how many notices were made. */
  int remind(LocalDate today) {
    EmulationSettings settings = strapi.findSingle(SETTINGS, StrapiQuery.create());
    int year = today.getYear();
    int made = 0;
    LocalDate deadline = REPORT_DEADLINE.atYear(year);
    if (due(today, deadline, lead(settings.reportReminderLeadDays()))) {
      Set<String> sent = new HashSet<>();
      all(ContentType.REPORTS, StrapiQuery.create().eq("year", year).populate("unit")).stream()
          .filter(r -> r.unit() != null && r.submittedAt() != null)
          .filter(r -> r.stage() == null || r.stage() == Stage.ANNUAL)
          .map(Report::unit)
          .forEach(u -> sent.add(u.documentId()));
      for (Unit unit : units()) {
        if (!sent.contains(unit.documentId())) {
          made +=
              notice(
                  REPORT,
                  year,
                  unit,
                  "Nhắc hạn gửi báo cáo năm " + year,
                  unit.name()
                      + " chưa gửi báo cáo kết quả phong trào thi đua năm "
                      + year
                      + ". Hạn gửi là ngày "
                      + Dates.format(deadline)
                      + ".",
                  "lam-viec/don-vi");
        }
      }
    }
    RegistrationWindow window = settings.window();
    LocalDate closes = window.closesOn(year);
    if (!today.isBefore(window.opensOn(year))
        && due(today, closes.plusDays(1), lead(settings.registrationReminderLeadDays()))) {
      Set<String> registered = new HashSet<>();
      all(
              REGISTRATIONS,
              StrapiQuery.create().eq("year", year).eq("status", "submitted").populate("unit"))
          .stream()
          .filter(r -> r.unit() != null)
          .forEach(r -> registered.add(r.unit().documentId()));
      for (Unit unit : units()) {
        if (!registered.contains(unit.documentId())) {
          made +=
              notice(
                  REGISTRATION,
                  year,
                  unit,
                  "Nhắc đăng ký thi đua năm " + year,
                  unit.name()
                      + " chưa gửi đăng ký thi đua năm "
                      + year
                      + ". Hạn đăng ký đến hết ngày "
                      + Dates.format(closes)
                      + ".",
                  "lam-viec/don-vi/dang-ky-thi-dua");
        }
      }
    }
    return made;
  }

  /** From {@code lead} days before {@code deadline} until the day before it. */
  static boolean due(LocalDate today, LocalDate deadline, int lead) {
    return !today.isBefore(deadline.minusDays(lead)) && today.isBefore(deadline);
  }

  private static int lead(@Nullable Integer days) {
    return days == null || days < 0 ? DEFAULT_LEAD_DAYS : days;
  }

  private List<Unit> units() {
    return all(ContentType.UNITS, StrapiQuery.create());
  }

  /** Makes the unit's reminder of the year unless it was made before; 1 if made. */
  private int notice(String kind, int year, Unit unit, String subject, String body, String link) {
    return notices.tell(
        kind, kind + ":" + year + ":" + unit.documentId(), unit, subject, body, link);
  }

  private <T> List<T> all(ContentType<T> type, StrapiQuery query) {
    return strapi.findAll(type, query, MAX_PAGES);
  }
}
