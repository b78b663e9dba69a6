package vn.thidua.portal.registration;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The targets units registered for the criteria that a report indicator measures (the criterion's
 * {@code indicator}), for putting them beside the confirmed results. Only submitted registrations
 * count: a draft is the unit's own business until it sends it. Nothing here is private to a unit
 * (the unit, year, criterion and target are what the public progress page shows), so it is read
 * with the portal's token and no role is asked.
 */
@Service
public class RegisteredTargets {

  private static final int MAX_PAGES = 50;

  /**
   * A unit's target for one indicator and year.
   *
   * @param indicator the name of the report indicator that measures the criterion
   * @param measure the criterion's measure (e.g. "% thủ tục hành chính trực tuyến")
   * @param text the target as the unit typed it (a number such as {@code 90} or {@code 1.000},
   *     mostly; the roll-up reads it as one)
   */
  public record Target(
      String unitDocumentId,
      String unitName,
      @Nullable String unitSlug,
      @Nullable UnitKind unitKind,
      int year,
      String criterionCode,
      String indicator,
      @Nullable String measure,
      String text) {}

  /** The slice of a registration read here. */
  record Read(
      @Nullable ReadUnit unit,
      @Nullable Integer year,
      @Nullable RegistrationStatus status,
      @Nullable List<ReadCommitment> commitments) {}

  record ReadUnit(
      String documentId, @Nullable String name, @Nullable String slug, @Nullable UnitKind kind) {}

  record ReadCommitment(@Nullable ReadCriterion criterion, @Nullable String target) {}

  record ReadCriterion(
      @Nullable String code, @Nullable String measure, @Nullable String indicator) {}

  private static final ContentType<Read> REGISTRATIONS =
      new ContentType<>("registrations", "api::registration.registration", Read.class);

  private final StrapiClient strapi;

  RegisteredTargets(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /**
   * The submitted targets of the years {@code first} to {@code last} that an indicator measures.
   */
  public List<Target> of(int first, int last) {
    List<Read> all = new ArrayList<>();
    StrapiQuery query =
        StrapiQuery.create()
            .eq("status", RegistrationStatus.SUBMITTED.apiValue())
            .filter("year", "$gte", first)
            .filter("year", "$lte", last)
            .populate("unit", "commitments.criterion")
            .sortAsc("id");
    int pages = 1;
    for (int p = 1; p <= pages && p <= MAX_PAGES; p++) {
      StrapiPage<Read> page = strapi.find(REGISTRATIONS, query.page(p, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(page.data());
      pages = page.pagination().pageCount();
    }
    return targets(all);
  }

  /** The targets of these registrations: a person's registration and a target-less line are not. */
  static List<Target> targets(List<Read> registrations) {
    List<Target> out = new ArrayList<>();
    for (Read r : registrations) {
      if (r.unit() == null
          || r.year() == null
          || r.status() != RegistrationStatus.SUBMITTED
          || r.commitments() == null) {
        continue;
      }
      for (ReadCommitment c : r.commitments()) {
        ReadCriterion criterion = c.criterion();
        if (criterion == null
            || criterion.indicator() == null
            || criterion.indicator().isBlank()
            || c.target() == null
            || c.target().isBlank()) {
          continue;
        }
        String text = c.target().strip();
        out.add(
            new Target(
                r.unit().documentId(),
                r.unit().name() == null ? r.unit().documentId() : r.unit().name(),
                r.unit().slug(),
                r.unit().kind(),
                r.year(),
                criterion.code() == null ? "" : criterion.code(),
                criterion.indicator().strip(),
                criterion.measure(),
                text));
      }
    }
    return out;
  }
}
