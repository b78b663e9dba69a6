package vn.thidua.portal.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Totals per unit (or person) and year, and the ranking within each kind of unit: units of the same
 * total share a rank and the next rank skips (1, 1, 3), as a council reads a list of results. Only
 * scores of submitted sheets count; the caller passes those.
 */
public final class Ranking {

  private Ranking() {}

  /** One score: who, which criterion, how many points. */
  public record Score(String subject, String criterion, double points) {}

  /** Who is ranked, and of which kind. */
  public record Subject(String id, String name, @Nullable UnitKind kind) {}

  /**
   * A line of the ranking.
   *
   * @param maxTotal the sum of the maximum scores of the criteria of the subject's kind
   * @param eligible whether the total reaches the threshold (a share of {@code maxTotal})
   */
  public record Line(Subject subject, double total, double maxTotal, int rank, boolean eligible) {}

  /**
   * The ranking of {@code subjects} by kind, best first.
   *
   * @param maxTotalByKind the highest total a subject of each kind can reach
   * @param threshold who may be proposed
   */
  public static Map<@Nullable UnitKind, List<Line>> rank(
      List<Subject> subjects,
      List<Score> scores,
      Map<UnitKind, Double> maxTotalByKind,
      Eligibility threshold) {
    Map<String, Double> totals = totals(scores);
    Map<@Nullable UnitKind, List<Subject>> byKind = new LinkedHashMap<>();
    for (Subject s : subjects) {
      byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
    }
    Map<@Nullable UnitKind, List<Line>> out = new LinkedHashMap<>();
    byKind.forEach(
        (kind, members) -> {
          double max = kind == null ? 0 : maxTotalByKind.getOrDefault(kind, 0.0);
          List<Subject> sorted =
              members.stream()
                  .sorted(
                      Comparator.comparingDouble((Subject s) -> -totals.getOrDefault(s.id(), 0.0))
                          .thenComparing(Subject::name))
                  .toList();
          List<Line> lines = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            Subject s = sorted.get(i);
            double total = totals.getOrDefault(s.id(), 0.0);
            int rank = i > 0 && lines.get(i - 1).total() == total ? lines.get(i - 1).rank() : i + 1;
            lines.add(new Line(s, total, max, rank, threshold.isEligible(total, max)));
          }
          out.put(kind, List.copyOf(lines));
        });
    return out;
  }

  /** The total of each subject; one score per subject and criterion counts (the last given). */
  public static Map<String, Double> totals(List<Score> scores) {
    Map<String, Map<String, Double>> bySubject = new LinkedHashMap<>();
    for (Score s : scores) {
      bySubject
          .computeIfAbsent(s.subject(), k -> new LinkedHashMap<>())
          .put(s.criterion(), s.points());
    }
    Map<String, Double> totals = new LinkedHashMap<>();
    bySubject.forEach(
        (subject, perCriterion) ->
            totals.put(subject, perCriterion.values().stream().mapToDouble(d -> d).sum()));
    return totals;
  }

  /** The subjects whose total reaches the threshold, for the proposal list. */
  public static Set<String> eligible(Map<@Nullable UnitKind, List<Line>> ranking) {
    Set<String> out = new java.util.LinkedHashSet<>();
    ranking
        .values()
        .forEach(
            lines -> lines.stream().filter(Line::eligible).forEach(l -> out.add(l.subject().id())));
    return out;
  }
}
