package vn.thidua.portal.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.thidua.portal.council.CouncilContent.CriterionMax;
import vn.thidua.portal.council.CouncilContent.PersonEntry;
import vn.thidua.portal.council.CouncilContent.ScoreEntry;
import vn.thidua.portal.meeting.CandidateSource;
import vn.thidua.portal.scoring.Eligibility;
import vn.thidua.portal.scoring.Ranking;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Candidates from Strapi's scores: the scores of submitted sheets of the year, totals and ranking
 * by {@link Ranking}, the threshold from the site setting ({@link Eligibility}). Stands in for the
 * office scoring service until the lead wires that one behind {@link CandidateSource}.
 */
@Component
class StrapiCandidateSource implements CandidateSource {

  private static final String SUBMITTED = "submitted";

  private final StrapiClient strapi;

  StrapiCandidateSource(StrapiClient strapi) {
    this.strapi = strapi;
  }

  @Override
  public List<Candidate> candidates(int year) {
    List<Unit> units = all(ContentType.UNITS, StrapiQuery.create().sortAsc("name"));
    List<PersonEntry> people =
        all(CouncilContent.PEOPLE, StrapiQuery.create().populate("unit").sortAsc("fullName"));
    List<CriterionMax> criteria = all(CouncilContent.CRITERIA, StrapiQuery.create());
    List<ScoreEntry> scores =
        all(
            CouncilContent.SCORES,
            StrapiQuery.create().eq("year", year).populate("unit", "person", "criterion", "sheet"));
    Double percent =
        strapi
            .findSingle(CouncilContent.SETTING, StrapiQuery.create())
            .eligibilityThresholdPercent();

    Map<UnitKind, Double> maxByKind = new LinkedHashMap<>();
    for (CriterionMax c : criteria) {
      if (c.unitKind() != null && c.maxScore() != null) {
        maxByKind.merge(c.unitKind(), c.maxScore(), Double::sum);
      }
    }
    List<Ranking.Subject> subjects = new ArrayList<>();
    Map<String, Unit> unitById = new LinkedHashMap<>();
    for (Unit u : units) {
      subjects.add(new Ranking.Subject("unit:" + u.documentId(), u.name(), u.kind()));
      unitById.put("unit:" + u.documentId(), u);
    }
    for (PersonEntry p : people) {
      subjects.add(new Ranking.Subject("person:" + p.documentId(), p.fullName(), UnitKind.CA_NHAN));
    }
    List<Ranking.Score> counted = new ArrayList<>();
    for (ScoreEntry s : scores) {
      if (s.sheet() == null
          || !SUBMITTED.equals(s.sheet().status())
          || s.criterion() == null
          || s.points() == null) {
        continue;
      }
      String subject =
          s.unit() != null
              ? "unit:" + s.unit().documentId()
              : s.person() != null ? "person:" + s.person().documentId() : null;
      if (subject != null) {
        counted.add(new Ranking.Score(subject, s.criterion().documentId(), s.points()));
      }
    }
    Map<@Nullable UnitKind, List<Ranking.Line>> ranking =
        Ranking.rank(subjects, counted, maxByKind, Eligibility.of(percent));
    List<Candidate> out = new ArrayList<>();
    ranking.forEach(
        (kind, lines) -> {
          for (Ranking.Line line : lines) {
            String id = line.subject().id();
            boolean unit = id.startsWith("unit:");
            String documentId = id.substring(id.indexOf(':') + 1);
            out.add(
                new Candidate(
                    unit ? documentId : null,
                    unit ? null : documentId,
                    line.subject().name(),
                    kind,
                    line.total(),
                    line.maxTotal(),
                    line.rank(),
                    line.eligible()));
          }
        });
    return List.copyOf(out);
  }

  /** Every entry, page by page (Strapi answers at most 100 a page). */
  private <T> List<T> all(ContentType<T> type, StrapiQuery query) {
    List<T> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      StrapiPage<T> found = strapi.find(type, query.page(page, StrapiQuery.MAX_PAGE_SIZE));
      out.addAll(found.data());
      if (found.data().size() < StrapiQuery.MAX_PAGE_SIZE) {
        return out;
      }
    }
  }
}
