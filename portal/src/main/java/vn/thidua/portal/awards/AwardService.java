package vn.thidua.portal.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.StrapiPage;

/** Published, decided awards, for the honours page and the progress figures. */
@Service
public class AwardService {

  private static final int MAX_PAGES = 20;

  private final StrapiClient strapi;

  AwardService(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /**
   * The person (1.4) of each decided award that went to one: award documentId to person documentId,
   * for the link to the person's public record. Persons are not public, so this is read with the
   * portal's token, decided awards only, and only the two ids leave it. When Strapi cannot answer
   * the honours list still shows, without these links.
   */
  public Map<String, String> personsOfDecided() {
    try {
      return strapi
          .find(
              PERSON_AWARDS,
              StrapiQuery.create()
                  .eq("decisionStatus", AwardStatus.DECIDED.apiValue())
                  .filter("recipient.documentId", "$notNull", true)
                  .fields("decisionStatus")
                  .populate("recipient")
                  .page(1, StrapiQuery.MAX_PAGE_SIZE))
          .data()
          .stream()
          .filter(a -> a.recipient() != null && "decided".equals(a.decisionStatus()))
          .collect(
              Collectors.toMap(
                  PersonAward::documentId, a -> a.recipient().documentId(), (a, b) -> a));
    } catch (RuntimeException e) {
      log.warn("Persons of the decided awards not read: {}", e.toString());
      return Map.of();
    }
  }

  /** A decided award and its person, as much as {@link #personsOfDecided()} needs. */
  record PersonAward(
      long id, String documentId, @Nullable String decisionStatus, @Nullable PersonRef recipient) {}

  /** A person pointed at. */
  record PersonRef(long id, String documentId) {}

  private static final ContentType<PersonAward> PERSON_AWARDS =
      new ContentType<>("awards", "api::award.award", PersonAward.class);

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AwardService.class);

  /** Every decided award, newest year first. Proposals are never shown to the public. */
  public Cached<List<Award>> decided() {
    StrapiQuery query =
        StrapiQuery.create()
            .eq("decisionStatus", AwardStatus.DECIDED.apiValue())
            .populate("recipientUnit")
            .sortDesc("year")
            .sortDesc("decisionDate");
    Cached<StrapiPage<Award>> first =
        strapi.findPublic(ContentType.AWARDS, query.page(1, StrapiQuery.MAX_PAGE_SIZE));
    List<Award> all = new ArrayList<>(first.value().data());
    boolean stale = first.stale();
    var fetchedAt = first.fetchedAt();
    int pages = Math.min(first.value().pagination().pageCount(), MAX_PAGES);
    for (int p = 2; p <= pages; p++) {
      Cached<StrapiPage<Award>> next =
          strapi.findPublic(ContentType.AWARDS, query.page(p, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(next.value().data());
      stale |= next.stale();
      if (next.fetchedAt().isBefore(fetchedAt)) {
        fetchedAt = next.fetchedAt();
      }
    }
    // Strapi filtered already; checked again because a proposal must never reach a reader.
    List<Award> decided =
        all.stream().filter(a -> a.decisionStatus() == AwardStatus.DECIDED).toList();
    return new Cached<>(decided, stale, fetchedAt);
  }
}
