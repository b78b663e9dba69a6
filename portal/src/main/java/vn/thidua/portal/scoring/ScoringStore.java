package vn.thidua.portal.scoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.OwningOffice;

/**
 * What scoring reads from Strapi with the portal's token: sheets, scores, the year's submitted
 * registrations, the criteria and the threshold. No authorisation here; the services check first.
 */
@Component
class ScoringStore {

  static final ContentType<SheetEntry> SHEETS =
      new ContentType<>("score-sheets", "api::score-sheet.score-sheet", SheetEntry.class);
  static final ContentType<ScoreEntry> SCORES =
      new ContentType<>("scores", "api::score.score", ScoreEntry.class);
  static final ContentType<Registration> REGISTRATIONS =
      new ContentType<>("registrations", "api::registration.registration", Registration.class);
  static final ContentType<PlanCriterion> CRITERIA =
      new ContentType<>("criteria", "api::criterion.criterion", PlanCriterion.class);
  static final SingleType<Threshold> SETTINGS =
      new SingleType<>("site-setting", "api::site-setting.site-setting", Threshold.class);

  /** The one field of the site setting scoring reads. */
  record Threshold(@org.jspecify.annotations.Nullable Double eligibilityThresholdPercent) {}

  private final StrapiClient strapi;

  ScoringStore(StrapiClient strapi) {
    this.strapi = strapi;
  }

  StrapiClient strapi() {
    return strapi;
  }

  Optional<SheetEntry> sheet(OwningOffice office, int year) {
    return strapi
        .find(
            SHEETS,
            StrapiQuery.create()
                .eq("office", office.apiValue())
                .eq("year", year)
                .populate("reopenings")
                .sortAsc("id")
                .page(1, 1))
        .data()
        .stream()
        .findFirst();
  }

  List<SheetEntry> sheets(int year) {
    return all(SHEETS, StrapiQuery.create().eq("year", year).populate("reopenings"));
  }

  /** The scores of a year, those of one office's sheet only when {@code office} is given. */
  List<ScoreEntry> scores(int year, OwningOffice office) {
    return all(
        SCORES,
        StrapiQuery.create()
            .eq("year", year)
            .eq("sheet.office", office.apiValue())
            .populate("sheet", "unit", "criterion", "evidence.initiative"));
  }

  List<ScoreEntry> scoresOfSheets(int year, List<String> sheetDocumentIds) {
    if (sheetDocumentIds.isEmpty()) {
      return List.of();
    }
    return all(
        SCORES,
        StrapiQuery.create()
            .eq("year", year)
            .in("sheet.documentId", sheetDocumentIds)
            .populate("sheet", "unit", "person", "criterion"));
  }

  /**
   * The submitted registrations of a year with a unit, by the unit's documentId, in the order of
   * the units' names. A draft is not a registration an office scores.
   */
  Map<String, Registration> registered(int year) {
    return byUnit(submitted(year));
  }

  /** The submitted registrations of a year, units' and persons' (1.4), in Strapi's order. */
  List<Registration> submitted(int year) {
    return all(
        REGISTRATIONS,
        StrapiQuery.create()
            .eq("year", year)
            .eq("status", "submitted")
            .populate("unit", "person", "person.unit", "commitments.criterion"));
  }

  /** The registrations of units among {@code found}, by the unit's documentId, by unit name. */
  static Map<String, Registration> byUnit(List<Registration> found) {
    Map<String, Registration> out = new LinkedHashMap<>();
    found.stream()
        .filter(r -> r.unit() != null)
        .sorted(Comparator.comparing((Registration r) -> r.unit().name()))
        .forEach(r -> out.putIfAbsent(r.unit().documentId(), r));
    return out;
  }

  /** The registrations of persons among {@code found}, by the person's documentId, by name. */
  static Map<String, Registration> byPerson(List<Registration> found) {
    Map<String, Registration> out = new LinkedHashMap<>();
    found.stream()
        .filter(r -> r.unit() == null && r.person() != null)
        .sorted(Comparator.comparing((Registration r) -> r.person().fullName()))
        .forEach(r -> out.putIfAbsent(r.person().documentId(), r));
    return out;
  }

  List<PlanCriterion> criteria() {
    return all(CRITERIA, StrapiQuery.create());
  }

  Eligibility eligibility() {
    return Eligibility.of(
        strapi.findSingle(SETTINGS, StrapiQuery.create()).eligibilityThresholdPercent());
  }

  /** Every page of a query. */
  <T> List<T> all(ContentType<T> type, StrapiQuery query) {
    return strapi.findAll(type, query, Integer.MAX_VALUE);
  }

  static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> out = new LinkedHashMap<>();
    values.forEach(v -> out.put(key.apply(v), v));
    return out;
  }
}
