package vn.thidua.portal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.UnitKind;

class RollUpTest {

  private static int n;

  static ReportFact fact(
      String unit,
      UnitKind kind,
      int year,
      String name,
      String measure,
      String value,
      FactDecision decision,
      String at) {
    n++;
    return new ReportFact(
        n,
        "f" + n,
        "k" + n,
        new ReportFact.Ref("r" + n, "Báo cáo", null, null),
        new ReportFact.Ref(unit, null, "Đơn vị " + unit, null),
        kind,
        year,
        FactKind.INDICATOR,
        decision,
        name,
        FactKeys.normalise(name),
        measure,
        value == null ? null : new BigDecimal(value),
        value == null ? null : new BigDecimal(value),
        false,
        null,
        null,
        null,
        "7",
        "bao-cao.pdf",
        1,
        null,
        "thamdinh",
        Instant.parse(at));
  }

  @Test
  void confirmed_values_add_up_per_indicator_unit_kind_and_year_with_a_line_for_all_kinds() {
    RollUp r =
        RollUp.of(
            List.of(
                fact(
                    "a",
                    UnitKind.CO_QUAN,
                    2026,
                    "Số buổi tập huấn",
                    "buổi",
                    "26",
                    FactDecision.CONFIRMED,
                    "2026-11-01T00:00:00Z"),
                fact(
                    "b",
                    UnitKind.CO_QUAN,
                    2026,
                    "số buổi tập huấn",
                    "buổi",
                    "10",
                    FactDecision.CORRECTED,
                    "2026-11-01T00:00:00Z"),
                fact(
                    "c",
                    UnitKind.DOANH_NGHIEP,
                    2026,
                    "Số buổi tập huấn",
                    "buổi",
                    "4",
                    FactDecision.CONFIRMED,
                    "2026-11-01T00:00:00Z"),
                fact(
                    "c",
                    UnitKind.DOANH_NGHIEP,
                    2027,
                    "Số buổi tập huấn",
                    "buổi",
                    "5",
                    FactDecision.CONFIRMED,
                    "2027-11-01T00:00:00Z"),
                fact(
                    "d",
                    UnitKind.CO_QUAN,
                    2026,
                    "Số buổi tập huấn",
                    "buổi",
                    "99",
                    FactDecision.REJECTED,
                    "2026-11-01T00:00:00Z")),
            2026,
            2030);
    assertThat(r.years()).containsExactly(2026, 2027, 2028, 2029, 2030);
    assertThat(r.lines()).hasSize(3);
    RollUp.Line offices = r.lines().get(0);
    assertThat(offices.unitKind()).isEqualTo(UnitKind.CO_QUAN);
    assertThat(offices.values().get(2026)).isEqualByComparingTo("36");
    assertThat(offices.units().get(2026)).isEqualTo(2);
    RollUp.Line all = r.lines().get(2);
    assertThat(all.unitKind()).isNull();
    assertThat(all.values().get(2026)).isEqualByComparingTo("40");
    assertThat(all.values().get(2027)).isEqualByComparingTo("5");
    assertThat(all.values()).doesNotContainKey(2028);
    assertThat(r.figures()).hasSize(4).noneMatch(f -> f.decision() == FactDecision.REJECTED);
  }

  @Test
  void percentages_are_averaged_not_added() {
    RollUp r =
        RollUp.of(
            List.of(
                fact(
                    "a",
                    UnitKind.CO_QUAN,
                    2026,
                    "Tỷ lệ hồ sơ trực tuyến",
                    "%",
                    "78",
                    FactDecision.CONFIRMED,
                    "2026-11-01T00:00:00Z"),
                fact(
                    "b",
                    UnitKind.CO_QUAN,
                    2026,
                    "Tỷ lệ hồ sơ trực tuyến",
                    "%",
                    "90",
                    FactDecision.CONFIRMED,
                    "2026-11-01T00:00:00Z")),
            2026,
            2030);
    assertThat(r.lines().getFirst().mean()).isTrue();
    assertThat(r.lines().getFirst().values().get(2026)).isEqualByComparingTo("84");
  }

  @Test
  void a_unit_that_sent_two_reports_in_a_year_counts_once_with_the_value_decided_last() {
    RollUp r =
        RollUp.of(
            List.of(
                fact(
                    "a",
                    UnitKind.DOANH_NGHIEP,
                    2026,
                    "Khối lượng rác thải nhựa giảm",
                    "kg/tháng",
                    "865",
                    FactDecision.CONFIRMED,
                    "2026-10-01T00:00:00Z"),
                fact(
                    "a",
                    UnitKind.DOANH_NGHIEP,
                    2026,
                    "Khối lượng rác thải nhựa giảm",
                    "kg/tháng",
                    "900",
                    FactDecision.CORRECTED,
                    "2026-11-20T00:00:00Z")),
            2026,
            2030);
    assertThat(r.lines().getLast().values().get(2026)).isEqualByComparingTo("900");
    assertThat(r.figures()).hasSize(1);
  }

  @Test
  void years_outside_the_plan_and_other_kinds_of_fact_are_left_out() {
    RollUp r =
        RollUp.of(
            List.of(
                fact(
                    "a",
                    UnitKind.CO_QUAN,
                    2031,
                    "Số buổi",
                    "buổi",
                    "3",
                    FactDecision.CONFIRMED,
                    "2026-11-01T00:00:00Z")),
            2026,
            2030);
    assertThat(r.lines()).isEmpty();
    assertThat(r.figures()).isEmpty();
  }

  private static RollUp.Target target(
      String unit, UnitKind kind, int year, String indicator, String text) {
    return RollUp.Target.of(
        unit, "Đơn vị " + unit, kind, year, "1.1.c", indicator, "% thủ tục trực tuyến", text);
  }

  @Test
  void registered_targets_stand_beside_the_results_per_unit_per_unit_kind_and_per_year() {
    String online = "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến";
    ReportFact a =
        fact(
            "a",
            UnitKind.CO_QUAN,
            2026,
            online,
            "%",
            "96",
            FactDecision.CONFIRMED,
            "2026-11-01T00:00:00Z");
    ReportFact b =
        fact(
            "b",
            UnitKind.CO_QUAN,
            2026,
            online,
            "%",
            "80",
            FactDecision.CONFIRMED,
            "2026-11-01T00:00:00Z");
    RollUp r =
        RollUp.of(
            List.of(a, b),
            List.of(
                // typed without diacritics: still the same indicator
                target(
                    "a",
                    UnitKind.CO_QUAN,
                    2026,
                    "Ty le ho so thu tuc hanh chinh nop truc tuyen",
                    "90"),
                target("b", UnitKind.CO_QUAN, 2026, online, "95 %"),
                target("c", UnitKind.DOANH_NGHIEP, 2027, online, "70"),
                // a target outside the plan's years is not the roll-up's
                target("a", UnitKind.CO_QUAN, 2031, online, "99")),
            2026,
            2030);

    assertThat(r.targetOf(a)).map(RollUp.Target::text).contains("90");
    assertThat(r.targetOf(b))
        .map(RollUp.Target::value)
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95"));
    RollUp.Line offices =
        r.lines().stream().filter(l -> l.unitKind() == UnitKind.CO_QUAN).findFirst().orElseThrow();
    assertThat(offices.values().get(2026)).isEqualByComparingTo("88");
    assertThat(offices.targets().get(2026)).as("mean of 90 and 95").isEqualByComparingTo("92.5");
    assertThat(offices.targetUnits().get(2026)).isEqualTo(2);
    RollUp.Line enterprises =
        r.lines().stream()
            .filter(l -> l.unitKind() == UnitKind.DOANH_NGHIEP)
            .findFirst()
            .orElseThrow();
    assertThat(enterprises.values())
        .as("a target without a result yet still has its line")
        .isEmpty();
    assertThat(enterprises.targets().get(2027)).isEqualByComparingTo("70");
    assertThat(r.lines()).hasSize(3);
    assertThat(r.targets()).hasSize(3);
    assertThat(r.ofUnit("a").lines().getLast().targets().get(2026)).isEqualByComparingTo("90");
    assertThat(r.ofUnit("a").figures()).containsExactly(a);
  }
}
