package vn.thidua.portal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.scoring.Ranking.Line;
import vn.thidua.portal.scoring.Ranking.Score;
import vn.thidua.portal.scoring.Ranking.Subject;
import vn.thidua.portal.strapi.model.UnitKind;

class RankingTest {

  private static final Subject TYT = new Subject("tyt", "Trạm Y tế", UnitKind.CO_QUAN);
  private static final Subject TMN = new Subject("tmn", "Trường Mầm non", UnitKind.CO_QUAN);
  private static final Subject VP = new Subject("vp", "Văn phòng", UnitKind.CO_QUAN);
  private static final Subject HTX = new Subject("htx", "HTX Đông Sơn", UnitKind.DOANH_NGHIEP);
  private static final Map<UnitKind, Double> MAX =
      Map.of(UnitKind.CO_QUAN, 100.0, UnitKind.DOANH_NGHIEP, 100.0);

  private static final List<Score> SCORES =
      List.of(
          new Score("tyt", "1.1.a", 30),
          new Score("tyt", "1.1.b", 25),
          new Score("tyt", "1.1.c", 25),
          new Score("tmn", "1.1.a", 40),
          new Score("tmn", "1.1.b", 40),
          new Score("vp", "1.1.a", 50),
          new Score("htx", "1.3.a", 95));

  @Test
  void totals_add_each_criterion_once_per_unit() {
    List<Score> corrected = new java.util.ArrayList<>(SCORES);
    corrected.add(new Score("tyt", "1.1.a", 20)); // the office corrected 30 to 20
    assertThat(Ranking.totals(corrected)).containsEntry("tyt", 70.0).containsEntry("tmn", 80.0);
  }

  @Test
  void units_are_ranked_within_their_kind_and_equal_totals_share_a_rank() {
    var ranking = Ranking.rank(List.of(VP, TYT, TMN, HTX), SCORES, MAX, new Eligibility(80));
    List<Line> coQuan = ranking.get(UnitKind.CO_QUAN);
    assertThat(coQuan).extracting(l -> l.subject().id()).containsExactly("tmn", "tyt", "vp");
    assertThat(coQuan).extracting(Line::rank).containsExactly(1, 1, 3);
    assertThat(ranking.get(UnitKind.DOANH_NGHIEP)).extracting(Line::rank).containsExactly(1);
  }

  @Test
  void the_eligibility_threshold_comes_from_content_and_decides_who_may_be_proposed() {
    var at80 = Ranking.rank(List.of(VP, TYT, TMN, HTX), SCORES, MAX, Eligibility.of(80.0));
    assertThat(Ranking.eligible(at80)).containsExactlyInAnyOrder("tyt", "tmn", "htx");
    var at90 = Ranking.rank(List.of(VP, TYT, TMN, HTX), SCORES, MAX, Eligibility.of(90.0));
    assertThat(Ranking.eligible(at90)).containsExactly("htx");
    assertThat(Eligibility.of(null).thresholdPercent()).isEqualTo(Eligibility.DEFAULT_PERCENT);
    assertThat(Eligibility.of(150.0).thresholdPercent()).isEqualTo(Eligibility.DEFAULT_PERCENT);
  }

  @Test
  void a_unit_with_no_score_ranks_last_and_is_not_eligible() {
    Subject none = new Subject("none", "Ban Chỉ huy", UnitKind.CO_QUAN);
    var ranking = Ranking.rank(List.of(none, TYT), SCORES, MAX, new Eligibility(0));
    Line last = ranking.get(UnitKind.CO_QUAN).getLast();
    assertThat(last.subject()).isEqualTo(none);
    assertThat(last.total()).isZero();
    assertThat(new Eligibility(80).isEligible(0, 0)).isFalse();
  }
}
