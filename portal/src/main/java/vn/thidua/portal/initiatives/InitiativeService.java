package vn.thidua.portal.initiatives;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.UnitKind;

/** Published initiatives as the public reads them. */
@Service
public class InitiativeService {

  /** Initiatives per page of the catalogue. */
  public static final int PAGE_SIZE = 12;

  private final StrapiClient strapi;

  InitiativeService(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /** What the catalogue is filtered by; a null filter is not applied. */
  public record Filter(
      @Nullable InitiativeField field, @Nullable UnitKind unitKind, @Nullable Integer year) {

    public static Filter none() {
      return new Filter(null, null, null);
    }
  }

  /** One page of the catalogue, newest year first. */
  public Cached<StrapiPage<Initiative>> page(Filter filter, int page) {
    StrapiQuery query =
        StrapiQuery.create()
            .fields("title", "slug", "field", "year", "summary", "reviewStatus")
            .populate("unit")
            .sortDesc("year")
            .sortAsc("title")
            .page(page, PAGE_SIZE);
    if (filter.field() != null) {
      query = query.eq("field", filter.field().apiValue());
    }
    if (filter.unitKind() != null) {
      query = query.eq("unit.kind", filter.unitKind().apiValue());
    }
    if (filter.year() != null) {
      query = query.eq("year", filter.year());
    }
    return strapi.findPublic(ContentType.INITIATIVES, query);
  }

  /** The years initiatives were registered in, newest first. */
  public Cached<List<Integer>> years() {
    return strapi
        .findPublic(
            ContentType.INITIATIVES,
            StrapiQuery.create().fields("year").sortDesc("year").page(1, StrapiQuery.MAX_PAGE_SIZE))
        .map(
            page ->
                page.data().stream()
                    .map(Initiative::year)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList());
  }

  /** The accepted report an initiative's evidence comes from, and its files. */
  public record ReportEvidence(
      String reportDocumentId, @Nullable String number, List<StrapiMedia> files) {}

  /**
   * The accepted report an initiative's evidence comes from (issue 17), with its files: public
   * evidence, as the search already shows them to anyone, and served by the portal under that same
   * rule ({@code /tep/bao-cao/…} answers only for an accepted report). Empty when the initiative
   * cites no report or the report is not accepted. Reports are never public in Strapi, so this
   * reads with the portal's token, and asks only for the status, number and files.
   */
  public Optional<ReportEvidence> acceptedReportEvidence(Initiative initiative) {
    try {
      Initiative withReport =
          strapi.findOne(
              ContentType.INITIATIVES,
              initiative.documentId(),
              StrapiQuery.create().fields("title").populate("report.files"));
      Report report = withReport.report();
      if (report == null || report.status() != ReportStatus.ACCEPTED) {
        return Optional.empty();
      }
      return Optional.of(new ReportEvidence(report.documentId(), report.number(), report.files()));
    } catch (StrapiException e) {
      // The page still shows the initiative's own evidence.
      return Optional.empty();
    }
  }

  /** One initiative with its unit, criteria and public evidence. */
  public Cached<Optional<Initiative>> bySlug(String slug) {
    return strapi.findBySlugPublic(
        ContentType.INITIATIVES,
        slug,
        StrapiQuery.create().populate("unit", "evidence", "criteria"));
  }
}
