package vn.thidua.portal.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.records.AchievementRecord.AwardLine;
import vn.thidua.portal.records.AchievementRecord.InitiativeLine;
import vn.thidua.portal.records.AchievementRecord.RegistrationLine;
import vn.thidua.portal.records.AchievementRecord.ReportLine;
import vn.thidua.portal.records.AchievementRecord.ScoreLine;
import vn.thidua.portal.records.AchievementRecord.StoryLine;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Puts a unit's entries together year by year, and decides what the public may see. Pure, so the
 * visibility rules are tested without Strapi: the public record holds accepted reports, published
 * initiatives and stories and decided awards only — never a report under review or returned, a
 * proposal, a registration or a score.
 */
final class RecordAssembly {

  private RecordAssembly() {}

  /** A registration as the record reads it. */
  record RegistrationRow(
      long id,
      String documentId,
      @Nullable Integer year,
      @Nullable String status,
      @Nullable String awardForm) {}

  /** A score sheet's status. */
  record SheetRow(String documentId, @Nullable String status) {}

  /** A criterion pointed at. */
  record CriterionRef(String documentId) {}

  /** A score as the record reads it. */
  record ScoreRow(
      long id,
      String documentId,
      @Nullable Integer year,
      @Nullable Double points,
      @Nullable CriterionRef criterion,
      @Nullable SheetRow sheet) {}

  /** An initiative as the record reads it; {@code publishedAt} null for a draft. */
  record InitiativeRow(
      long id,
      String documentId,
      String title,
      @Nullable String slug,
      @Nullable Integer year,
      @Nullable InitiativeStatus reviewStatus,
      @Nullable Instant publishedAt) {

    /** The same initiative, marked published or not (a draft read gives no publication date). */
    InitiativeRow published(boolean published) {
      Instant at = published ? (publishedAt == null ? Instant.EPOCH : publishedAt) : null;
      return new InitiativeRow(id, documentId, title, slug, year, reviewStatus, at);
    }
  }

  /** Everything Strapi holds about one unit. */
  record Sources(
      List<RegistrationRow> registrations,
      List<Report> reports,
      List<ScoreRow> scores,
      List<InitiativeRow> initiatives,
      List<Story> stories,
      List<Award> awards) {}

  /** Whose record it is: a unit, or a person (1.4) named with position and unit. */
  record Holder(String documentId, String name, @Nullable String slug, @Nullable UnitKind kind) {

    static Holder of(Unit unit) {
      return new Holder(unit.documentId(), unit.name(), unit.slug(), unit.kind());
    }

    static Holder of(Person person) {
      return new Holder(person.documentId(), person.label(), null, UnitKind.CA_NHAN);
    }
  }

  /** The staff record: everything, scores of submitted sheets only. */
  static AchievementRecord staff(Unit unit, List<Integer> years, Sources s) {
    return assemble(Holder.of(unit), years, s, true);
  }

  /** The public record: accepted, published and decided entries only. */
  static AchievementRecord publicPart(Unit unit, List<Integer> years, Sources s) {
    return assemble(Holder.of(unit), years, s, false);
  }

  /** A person's staff record: registrations, scores of submitted sheets, awards. */
  static AchievementRecord staff(Person person, List<Integer> years, Sources s) {
    return assemble(Holder.of(person), years, s, true);
  }

  /** A person's public record: decided awards only (and published stories, if any). */
  static AchievementRecord publicPart(Person person, List<Integer> years, Sources s) {
    return assemble(Holder.of(person), years, s, false);
  }

  private static AchievementRecord assemble(
      Holder holder, List<Integer> years, Sources s, boolean complete) {
    List<AchievementRecord.Year> out = new ArrayList<>();
    for (int year : years) {
      List<RegistrationLine> registrations =
          complete
              ? s.registrations().stream()
                  .filter(r -> Objects.equals(r.year(), year))
                  .map(r -> new RegistrationLine("submitted".equals(r.status()), r.awardForm()))
                  .toList()
              : List.of();
      List<ReportLine> reports =
          s.reports().stream()
              .filter(r -> Objects.equals(r.year(), year))
              .filter(r -> complete || r.status() == ReportStatus.ACCEPTED)
              .map(r -> new ReportLine(r.documentId(), r.title(), r.stage(), r.status()))
              .toList();
      ScoreLine score = complete ? score(s.scores(), year) : null;
      List<InitiativeLine> initiatives =
          s.initiatives().stream()
              .filter(i -> Objects.equals(i.year(), year))
              .filter(i -> complete || i.publishedAt() != null)
              .map(
                  i ->
                      new InitiativeLine(
                          i.title(), i.publishedAt() == null ? null : i.slug(), i.reviewStatus()))
              .toList();
      List<StoryLine> stories =
          s.stories().stream()
              .filter(st -> st.publishedAt() != null && yearOf(st) == year)
              .map(st -> new StoryLine(st.title(), st.slug()))
              .toList();
      List<AwardLine> awards =
          s.awards().stream()
              .filter(a -> Objects.equals(a.year(), year))
              .filter(a -> complete || a.decisionStatus() == AwardStatus.DECIDED)
              .map(
                  a ->
                      new AwardLine(
                          a.form(),
                          a.stage(),
                          a.decisionStatus(),
                          a.decisionStatus() == AwardStatus.DECIDED ? a.decisionNumber() : null,
                          a.decisionStatus() == AwardStatus.DECIDED ? a.decisionDate() : null))
              .toList();
      out.add(
          new AchievementRecord.Year(
              year, registrations, reports, score, initiatives, stories, awards));
    }
    return new AchievementRecord(
        holder.documentId(), holder.name(), holder.slug(), holder.kind(), complete, out);
  }

  /** The year's total over the submitted sheets, one score per criterion; none, null. */
  private static @Nullable ScoreLine score(List<ScoreRow> scores, int year) {
    Map<String, Double> byCriterion = new LinkedHashMap<>();
    scores.stream()
        .filter(r -> Objects.equals(r.year(), year))
        .filter(r -> r.sheet() != null && "submitted".equals(r.sheet().status()))
        .filter(r -> r.criterion() != null && r.points() != null)
        .sorted(Comparator.comparingLong(ScoreRow::id))
        .forEach(r -> byCriterion.put(r.criterion().documentId(), r.points()));
    if (byCriterion.isEmpty()) {
      return null;
    }
    return new ScoreLine(
        byCriterion.values().stream().mapToDouble(Double::doubleValue).sum(), byCriterion.size());
  }

  /** A story's year: its publication date as the editor set it, else when Strapi published it. */
  private static int yearOf(Story story) {
    if (story.publishedDate() != null) {
      return story.publishedDate().getYear();
    }
    return story.publishedAt() == null
        ? 0
        : story.publishedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
  }
}
