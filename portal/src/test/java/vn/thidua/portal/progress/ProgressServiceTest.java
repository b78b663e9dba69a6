package vn.thidua.portal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

class ProgressServiceTest {

  private static Report report(int year, UnitKind kind, ReportStatus status) {
    Unit unit = new Unit(1, "u", "Đơn vị", null, kind, null, null, null, null, null);
    return new Report(
        1, "r", null, unit, year, null, null, null, status, null, null, null, null, null, null);
  }

  @Test
  void reports_are_counted_per_year_and_kind_of_unit_whatever_their_status() {
    var counts =
        ProgressService.count(
            List.of(
                report(2026, UnitKind.DOANH_NGHIEP, ReportStatus.ACCEPTED),
                report(2026, UnitKind.DOANH_NGHIEP, ReportStatus.SUBMITTED),
                report(2026, UnitKind.CO_QUAN, ReportStatus.RETURNED),
                report(2027, UnitKind.CA_NHAN, ReportStatus.SUBMITTED)));

    assertThat(counts).containsOnlyKeys(2026, 2027);
    assertThat(counts.get(2026))
        .containsEntry(UnitKind.DOANH_NGHIEP, 2L)
        .containsEntry(UnitKind.CO_QUAN, 1L)
        .containsEntry(UnitKind.MAT_TRAN_DOAN_THE, 0L)
        .containsEntry(UnitKind.CA_NHAN, 0L);
    assertThat(counts.get(2027)).containsEntry(UnitKind.CA_NHAN, 1L);
  }
}
