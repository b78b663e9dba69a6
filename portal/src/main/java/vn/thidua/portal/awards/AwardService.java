package vn.thidua.portal.awards;

import java.util.ArrayList;
import java.util.List;
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
