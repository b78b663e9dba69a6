package vn.thidua.portal.export;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.shell.Languages;
import vn.thidua.portal.shell.PortalI18NProvider;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/** A small year: three units, one on time, one late, one missing; five initiatives. */
final class ExportFixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-20T03:00:00Z"), ZONE);

  private ExportFixtures() {}

  static Consolidation year2026() throws Exception {
    ReportDeadline deadline = ReportDeadline.of(1, 12, 2026, CLOCK);
    Unit tramYte = unit("u1", "Trạm Y tế xã Đại Sơn", UnitKind.CO_QUAN);
    Unit htx = unit("u2", "Hợp tác xã Nông nghiệp Đông Sơn", UnitKind.DOANH_NGHIEP);
    Unit thon = unit("u3", "Thôn Tây", UnitKind.MAT_TRAN_DOAN_THE);
    Report onTime =
        new Report(
            1,
            "r1",
            "Báo cáo",
            tramYte,
            2026,
            null,
            null,
            List.of(),
            ReportStatus.ACCEPTED,
            null,
            Instant.parse("2026-11-02T02:00:00Z"),
            Instant.parse("2026-11-10T02:00:00Z"),
            List.of(),
            List.of(
                Map.of(
                    "name",
                    "Số người dân được hướng dẫn kỹ năng số",
                    "unit",
                    "người",
                    "value",
                    1161)),
            null);
    Report late =
        new Report(
            2,
            "r2",
            "Báo cáo",
            htx,
            2026,
            null,
            null,
            List.of(),
            ReportStatus.SUBMITTED,
            null,
            Instant.parse("2026-12-05T02:00:00Z"),
            null,
            List.of(),
            null,
            null);
    Consolidation.Figure trained =
        new Consolidation.Figure(
            "Số người dân được hướng dẫn kỹ năng số", "người", new BigDecimal("1161"), 1, false);
    Consolidation.Figure online =
        new Consolidation.Figure(
            "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", new BigDecimal("87.5"), 1, false);
    return new Consolidation(
        2026,
        deadline,
        List.of(
            new Consolidation.Row(
                tramYte,
                onTime,
                Compliance.ON_TIME,
                Map.of(InitiativeField.CHUYEN_DOI_SO, 2, InitiativeField.CHUYEN_DOI_XANH, 1),
                List.of(trained, online),
                List.of(new Consolidation.Proposal("Giấy khen của Chủ tịch UBND xã", "passed")),
                List.of(
                    new Consolidation.Target(
                        "Số người dân được hướng dẫn kỹ năng số",
                        "số người được phổ cập kỹ năng số",
                        "1.000"))),
            new Consolidation.Row(
                htx, late, Compliance.LATE, Map.of(InitiativeField.DOI_MOI_SANG_TAO, 2)),
            new Consolidation.Row(thon, null, Compliance.MISSING, Map.of())),
        List.of(
            new Consolidation.Figure(
                "Số người dân được hướng dẫn kỹ năng số",
                "người",
                new BigDecimal("1161"),
                1,
                false,
                new BigDecimal("1000"),
                1),
            new Consolidation.Figure(
                "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", new BigDecimal("87.5"), 1, false)),
        Letterhead.of(
            new Letterhead.Setting(
                "Đại Sơn",
                null,
                "Ủy ban nhân dân\nxã Đại Sơn",
                "UBND",
                "Đại Sơn",
                "KT. Chủ tịch\nPhó Chủ tịch",
                "Nguyễn Văn Bình",
                "UBND thành phố Hải Phòng (để báo cáo);\nLưu: VT.")));
  }

  static Unit unit(String id, String name, UnitKind kind) {
    return new Unit(1, id, name, null, kind, null, null, null, null, null);
  }

  static Labels vietnamese() {
    PortalI18NProvider i18n = new PortalI18NProvider();
    return (key, args) -> i18n.getTranslation(key, Languages.VIETNAMESE, args);
  }

  /** The service with only what writing needs (the clock). */
  static ConsolidatedReport writer() throws Exception {
    Constructor<?> c = ConsolidatedReport.class.getDeclaredConstructors()[0];
    c.setAccessible(true);
    return (ConsolidatedReport) c.newInstance(null, null, null, null, CLOCK);
  }
}
