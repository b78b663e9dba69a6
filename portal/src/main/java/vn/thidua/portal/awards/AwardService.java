package vn.thidua.portal.awards;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.portal.indexer.Caller;
import vn.thidua.portal.indexer.FileFacts;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;

/**
 * Published, decided awards, for the honours page and the progress figures, with the evidence each
 * rests on: the initiatives it cites and the passages of the accepted reports that propose it.
 */
@Service
public class AwardService {

  private static final Logger log = LoggerFactory.getLogger(AwardService.class);
  private static final int MAX_PAGES = 20;

  /**
   * How long the proposal the indexer read in a file is kept: the honours page is the busiest
   * public page, and without this every view asked the indexer once per cited file.
   */
  private static final Duration PROPOSAL_FRESH_FOR = Duration.ofMinutes(5);

  private static final int MAX_CACHED_FILES = 2_000;

  private final StrapiClient strapi;
  private final IndexerClient indexer;
  private final Clock clock;
  private final Map<Long, KnownProposal> proposals = new ConcurrentHashMap<>();

  AwardService(StrapiClient strapi, IndexerClient indexer, Clock clock) {
    this.strapi = strapi;
    this.indexer = indexer;
    this.clock = clock;
  }

  /** What the indexer found in a file, and when it was asked. */
  private record KnownProposal(Optional<FileFacts.Proposal> proposal, Instant readAt) {}

  /**
   * A file of an accepted report an award rests on, at the page where the report proposes the award
   * when the indexer found that passage.
   *
   * @param proposal the award form as the report's passage names it; null when not found
   * @param page the passage's page; null when not found or the format has no pages
   */
  public record Passage(
      String reportDocumentId,
      @Nullable String reportNumber,
      StrapiMedia file,
      @Nullable String proposal,
      @Nullable Integer page) {}

  /**
   * The report passages each decided award rests on, by the award's documentId: only files of
   * accepted reports (public evidence, served by the portal under that rule). Reports are never
   * public in Strapi, so this reads with the portal's token and keeps only accepted ones; the
   * passage comes from what the indexer read of the file, under the anonymous caller's rights, so
   * nothing the public may not see is looked at. Empty when Strapi cannot be asked: the honours
   * page still shows the awards.
   */
  public Map<String, List<Passage>> passages() {
    Map<String, List<Passage>> out = new LinkedHashMap<>();
    List<Award> awards;
    try {
      awards =
          strapi
              .find(
                  ContentType.AWARDS,
                  StrapiQuery.create()
                      .eq("decisionStatus", AwardStatus.DECIDED.apiValue())
                      .fields("form", "decisionStatus")
                      .populate("reports.files")
                      .page(1, StrapiQuery.MAX_PAGE_SIZE))
              .data();
    } catch (StrapiException e) {
      log.warn("Award evidence not read: {}", e.getMessage());
      return out;
    }
    for (Award award : awards) {
      if (award.decisionStatus() != AwardStatus.DECIDED) {
        continue;
      }
      List<Passage> passages = new ArrayList<>();
      for (Report report : award.reports()) {
        if (report.status() != ReportStatus.ACCEPTED) {
          continue;
        }
        for (StrapiMedia file : report.files()) {
          Optional<FileFacts.Proposal> proposal =
              proposalIn(file).filter(p -> sameForm(p.form(), award.form()));
          passages.add(
              new Passage(
                  report.documentId(),
                  report.number(),
                  file,
                  proposal.map(FileFacts.Proposal::form).orElse(null),
                  proposal.map(FileFacts.Proposal::page).orElse(null)));
        }
      }
      out.put(award.documentId(), List.copyOf(passages));
    }
    return out;
  }

  /**
   * The award the file's report proposes, as the indexer read it under the anonymous caller's
   * rights; kept a few minutes. An indexer that cannot answer, or has not read the file yet, is
   * asked again on the next view.
   */
  private Optional<FileFacts.Proposal> proposalIn(StrapiMedia file) {
    Instant now = clock.instant();
    KnownProposal known = proposals.get(file.id());
    if (known != null && now.isBefore(known.readAt().plus(PROPOSAL_FRESH_FOR))) {
      return known.proposal();
    }
    Optional<FileFacts> facts =
        indexer.facts(Long.toString(file.id()), Caller.anonymous()).available().flatMap(f -> f);
    Optional<FileFacts.Proposal> proposal = facts.map(FileFacts::proposal);
    // Only what the indexer has read is kept: a file not read yet may have its facts a minute on.
    if (facts.isPresent()) {
      if (proposals.size() >= MAX_CACHED_FILES) {
        proposals.clear();
      }
      proposals.put(file.id(), new KnownProposal(proposal, now));
    }
    return proposal;
  }

  /** Decided awards that cite the initiative, newest year first. */
  public Cached<List<Award>> citing(String initiativeDocumentId) {
    return strapi
        .findPublic(
            ContentType.AWARDS,
            StrapiQuery.create()
                .eq("decisionStatus", AwardStatus.DECIDED.apiValue())
                .eq("initiatives.documentId", initiativeDocumentId)
                .populate("recipientUnit")
                .sortDesc("year")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .map(
            page ->
                page.data().stream()
                    .filter(a -> a.decisionStatus() == AwardStatus.DECIDED)
                    .toList());
  }

  /**
   * Whether the form a report proposes is the award's: the same words once case, diacritics' form
   * and spacing are set aside, or one naming the other ("Giấy khen" in a report for "Giấy khen của
   * Chủ tịch UBND xã").
   */
  static boolean sameForm(@Nullable String proposed, @Nullable String awarded) {
    if (proposed == null || awarded == null) {
      return false;
    }
    String p = normal(proposed);
    String a = normal(awarded);
    return !p.isEmpty() && !a.isEmpty() && (p.contains(a) || a.contains(p));
  }

  private static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replace("uỷ", "ủy")
        .replaceAll("\\s+", " ")
        .strip();
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

  /** Every decided award, newest year first. Proposals are never shown to the public. */
  public Cached<List<Award>> decided() {
    StrapiQuery query =
        StrapiQuery.create()
            .eq("decisionStatus", AwardStatus.DECIDED.apiValue())
            .populate("recipientUnit", "initiatives")
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
