package vn.thidua.portal.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.dossier.Dossier.Claim;
import vn.thidua.portal.dossier.Dossier.Cover;
import vn.thidua.portal.dossier.Dossier.Evidence;
import vn.thidua.portal.dossier.Dossier.FilePage;
import vn.thidua.portal.dossier.Dossier.FileRef;
import vn.thidua.portal.dossier.Dossier.Labels;
import vn.thidua.portal.dossier.Dossier.Note;
import vn.thidua.portal.dossier.Dossier.Section;
import vn.thidua.portal.dossier.Dossier.SectionKind;
import vn.thidua.portal.dossier.DossierSources.EvidenceLink;
import vn.thidua.portal.dossier.DossierSources.ProposalData;
import vn.thidua.portal.dossier.DossierSources.ScoreRow;
import vn.thidua.portal.facts.FactDecision;
import vn.thidua.portal.facts.FactKind;
import vn.thidua.portal.facts.FigureFormat;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.facts.ReportFileLink;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * Decides what a dossier claims and which page proves each claim, from what Strapi holds: the
 * indicators and criteria reviewers confirmed in the proposal's reports (rejected ones never), the
 * recipient's scores with the file and page each cites, the proposal's initiatives with their
 * evidence and the report pages they were read from, and the stories about the recipient. Only the
 * proposal's own reports are cited: a fact of another report is not this nomination's proof.
 */
final class DossierAssembler {

  /** An initiative's or a story's text is cut here: the dossier proves, the portal tells. */
  static final int NOTE_MAX_CHARS = 3_000;

  private DossierAssembler() {}

  static Dossier assemble(DossierSources sources, String portalBase, Labels labels) {
    ProposalData p = sources.proposal();
    // The proposal's reports in the order of their years: the dossier reads as the years went.
    List<Report> reports =
        p.reports().stream()
            .sorted(
                Comparator.comparing((Report r) -> r.year() == null ? 0 : r.year())
                    .thenComparing(Report::documentId))
            .toList();
    Map<String, Integer> reportOrder = new LinkedHashMap<>();
    reports.forEach(r -> reportOrder.put(r.documentId(), reportOrder.size()));
    Map<String, Report> byId = new LinkedHashMap<>();
    reports.forEach(r -> byId.put(r.documentId(), r));

    List<ReportFact> facts =
        sources.facts().stream()
            .filter(f -> f.decision() != FactDecision.REJECTED)
            .filter(f -> f.report() != null && byId.containsKey(f.report().documentId()))
            .sorted(
                Comparator.comparing((ReportFact f) -> reportOrder.get(f.report().documentId()))
                    .thenComparing(f -> f.fileName() == null ? "" : f.fileName())
                    .thenComparing(f -> f.page() == null ? 0 : f.page())
                    .thenComparing(ReportFact::name))
            .toList();

    List<Section> sections = new ArrayList<>();
    add(sections, SectionKind.INDICATORS, indicators(facts, byId, portalBase, labels), labels);
    add(
        sections,
        SectionKind.CRITERIA,
        criteria(sources.scores(), facts, reports, byId, portalBase, labels),
        labels);
    add(
        sections,
        SectionKind.INITIATIVES,
        initiatives(p.initiatives(), facts, byId, portalBase, labels),
        labels);
    add(
        sections,
        SectionKind.STORIES,
        stories(sources.stories(), byId, portalBase, labels),
        labels);

    Map<String, Double> offices = new TreeMap<>();
    for (ScoreRow s : sources.scores()) {
      if (s.sheet() != null && s.sheet().submitted() && s.points() != null) {
        String office = s.sheet().office() == null ? "" : s.sheet().office();
        String key = office.isBlank() ? "dossier.office.other" : "dossier.office." + office;
        offices.merge(labels.get(key), s.points(), Double::sum);
      }
    }
    Cover cover =
        new Cover(
            p.recipientName(),
            p.awardForm(),
            p.stage() == null ? "" : labels.get(p.stage().messageKey()),
            p.year(),
            p.totalScore(),
            offices,
            portalBase + "/" + Routes.WORKSPACE_COUNCIL + "/binh-xet");
    return new Dossier(cover, sections);
  }

  private static void add(
      List<Section> sections, SectionKind kind, List<Claim> claims, Labels labels) {
    if (!claims.isEmpty()) {
      sections.add(new Section(kind, labels.get(kind.messageKey()), claims));
    }
  }

  private static List<Claim> indicators(
      List<ReportFact> facts, Map<String, Report> reports, String base, Labels labels) {
    List<Claim> claims = new ArrayList<>();
    for (ReportFact f : facts) {
      if (f.kind() != FactKind.INDICATOR) continue;
      String value = f.value() == null ? "—" : FigureFormat.format(f.value());
      String text =
          labels.get(
              "dossier.claim.indicator",
              f.name(),
              value + (f.measure() == null || f.measure().isBlank() ? "" : " " + f.measure()));
      claims.add(factClaim(f, text, reports, base, labels));
    }
    return claims;
  }

  private static Claim factClaim(
      ReportFact f, String text, Map<String, Report> reports, String base, Labels labels) {
    Report report = reports.get(f.report().documentId());
    int page = f.page() == null || f.page() < 1 ? 1 : f.page();
    FileRef file = reportFile(report, f.fileId(), f.fileName());
    return new Claim(
        text,
        labels.get("dossier.source", file.name(), String.valueOf(page)),
        base + ReportFileLink.url(report.documentId(), fileIdOf(file, f.fileId()), page),
        List.of(new FilePage(file, page)));
  }

  private static String fileIdOf(FileRef file, @Nullable String fileId) {
    return file.found() ? Long.toString(file.mediaId()) : fileId == null ? "0" : fileId;
  }

  private static List<Claim> criteria(
      List<ScoreRow> scores,
      List<ReportFact> facts,
      List<Report> reports,
      Map<String, Report> byId,
      String base,
      Labels labels) {
    List<Claim> claims = new ArrayList<>();
    List<ScoreRow> sorted =
        scores.stream()
            // Only a submitted sheet's scores count, for the claims as for the totals.
            .filter(s -> s.sheet() != null && s.sheet().submitted())
            .filter(s -> s.criterion() != null && !s.evidence().isEmpty())
            .sorted(Comparator.comparing(s -> codeKey(s.criterion().code())))
            .toList();
    for (ScoreRow s : sorted) {
      List<Evidence> evidence = new ArrayList<>();
      String source = "";
      String portal = base + "/" + Routes.WORKSPACE_RANKING;
      for (EvidenceLink link : s.evidence()) {
        if (link.fileId() != null) {
          int page = link.page() == null || link.page() < 1 ? 1 : link.page();
          Optional<Report> owner =
              reports.stream()
                  .filter(r -> r.files().stream().anyMatch(m -> m.id() == link.fileId()))
                  .findFirst();
          FileRef file =
              owner
                  .map(r -> reportFile(r, link.fileId().toString(), link.fileName()))
                  .orElseGet(
                      () ->
                          new FileRef(
                              null,
                              0,
                              link.fileName() == null ? "#" + link.fileId() : link.fileName(),
                              null,
                              ""));
          evidence.add(new FilePage(file, page));
          if (source.isEmpty()) {
            source = labels.get("dossier.source", file.name(), String.valueOf(page));
            if (owner.isPresent()) {
              portal =
                  base
                      + ReportFileLink.url(
                          owner.get().documentId(), link.fileId().toString(), page);
            }
          }
        } else if (link.initiative() != null) {
          evidence.add(initiativeNote(link.initiative(), labels));
        }
      }
      if (evidence.isEmpty()) continue;
      String points = s.points() == null ? "—" : FigureFormat.format(decimal(s.points()));
      claims.add(
          new Claim(
              labels.get(
                  "dossier.claim.score",
                  orEmpty(s.criterion().code()),
                  orEmpty(s.criterion().title()),
                  points),
              source,
              portal,
              evidence));
    }
    for (ReportFact f : facts) {
      if (f.kind() != FactKind.CRITERION) continue;
      String text =
          labels.get(
              "dossier.claim.criterion", f.name(), f.excerpt() == null ? "" : f.excerpt().strip());
      claims.add(factClaim(f, text, byId, base, labels));
    }
    return claims;
  }

  private static List<Claim> initiatives(
      List<Initiative> initiatives,
      List<ReportFact> facts,
      Map<String, Report> reports,
      String base,
      Labels labels) {
    List<Claim> claims = new ArrayList<>();
    List<String> linked = new ArrayList<>();
    List<Initiative> sorted =
        initiatives.stream()
            .sorted(
                Comparator.comparing((Initiative i) -> i.year() == null ? 0 : i.year())
                    .thenComparing(Initiative::title))
            .toList();
    for (Initiative i : sorted) {
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(initiativeNote(i, labels));
      String source = "";
      // The report page the initiative was read from, when a reviewer confirmed it there.
      for (ReportFact f : facts) {
        if (f.kind() == FactKind.INITIATIVE
            && f.initiative() != null
            && f.initiative().documentId().equals(i.documentId())) {
          linked.add(f.documentId());
          Claim c = factClaim(f, "", reports, base, labels);
          evidence.addAll(c.evidence());
          if (source.isEmpty()) source = c.source();
        }
      }
      for (StrapiMedia m : i.evidence()) {
        int page =
            i.selfAssessments().stream()
                .filter(a -> m.name().equals(a.evidenceFileName()) && a.evidencePage() != null)
                .map(a -> Math.max(1, a.evidencePage()))
                .findFirst()
                .orElse(1);
        evidence.add(new FilePage(new FileRef(null, m.id(), m.name(), m.mime(), m.url()), page));
        if (source.isEmpty()) source = labels.get("dossier.source", m.name(), String.valueOf(page));
      }
      String field = i.field() == null ? "" : labels.get(i.field().messageKey());
      String portal =
          i.slug() != null && !i.slug().isBlank()
              ? base + "/" + Routes.INITIATIVES + "/" + i.slug()
              : base + "/" + Routes.WORKSPACE_INITIATIVES + "/" + i.documentId();
      claims.add(new Claim(initiativeText(i.title(), field, labels), source, portal, evidence));
    }
    // Initiatives a reviewer confirmed in the reports that are not (yet) the unit's registered
    // ones: still proof the recipient did them.
    for (ReportFact f : facts) {
      if (f.kind() == FactKind.INITIATIVE && !linked.contains(f.documentId())) {
        String field = f.field() == null ? "" : labels.get(f.field().messageKey());
        claims.add(factClaim(f, initiativeText(f.name(), field, labels), reports, base, labels));
      }
    }
    return claims;
  }

  private static List<Claim> stories(
      List<Story> stories, Map<String, Report> reports, String base, Labels labels) {
    List<Claim> claims = new ArrayList<>();
    List<Story> sorted =
        stories.stream()
            .sorted(
                Comparator.comparing(
                        (Story s) -> s.publishedDate() == null ? "" : s.publishedDate().toString())
                    .thenComparing(Story::title))
            .toList();
    for (Story s : sorted) {
      List<Evidence> evidence = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      if (s.publishedDate() != null) {
        lines.add(
            labels.get(
                "dossier.story.date", vn.thidua.portal.shell.Dates.format(s.publishedDate())));
      }
      if (s.summary() != null && !s.summary().isBlank()) lines.add(s.summary().source().strip());
      if (s.sourceExcerpt() != null && !s.sourceExcerpt().isBlank()) {
        lines.add(labels.get("dossier.story.excerpt", s.sourceExcerpt().strip()));
      }
      String source = "";
      Report report = s.sourceReport() == null ? null : reports.get(s.sourceReport().documentId());
      FilePage cited = null;
      if (report != null && s.sourceFileName() != null) {
        int page = s.sourcePage() == null || s.sourcePage() < 1 ? 1 : s.sourcePage();
        FileRef file =
            report.files().stream()
                .filter(m -> m.name().equals(s.sourceFileName()))
                .findFirst()
                .map(m -> new FileRef(report.documentId(), m.id(), m.name(), m.mime(), m.url()))
                .orElse(new FileRef(report.documentId(), 0, s.sourceFileName(), null, ""));
        cited = new FilePage(file, page);
        source = labels.get("dossier.source", file.name(), String.valueOf(page));
        lines.add(source);
      }
      evidence.add(new Note("story:" + s.documentId(), s.title(), cut(lines)));
      if (cited != null) evidence.add(cited);
      claims.add(
          new Claim(
              labels.get("dossier.claim.story", s.title()),
              source,
              base + "/" + Routes.STORIES + "/" + s.slug(),
              evidence));
    }
    return claims;
  }

  private static String initiativeText(String title, String field, Labels labels) {
    return labels.get("dossier.claim.initiative", title) + (field.isEmpty() ? "" : " — " + field);
  }

  private static Note initiativeNote(Initiative i, Labels labels) {
    List<String> lines = new ArrayList<>();
    if (i.field() != null) {
      lines.add(labels.get("dossier.initiative.field", labels.get(i.field().messageKey())));
    }
    if (i.year() != null) lines.add(labels.get("dossier.initiative.year", i.year().toString()));
    if (i.summary() != null && !i.summary().isBlank()) lines.add(i.summary().source().strip());
    if (i.detail() != null && !i.detail().isBlank()) lines.add(i.detail().source().strip());
    return new Note("initiative:" + i.documentId(), i.title(), cut(lines));
  }

  private static List<String> cut(List<String> lines) {
    List<String> out = new ArrayList<>();
    int left = NOTE_MAX_CHARS;
    for (String line : lines) {
      if (left <= 0) break;
      out.add(line.length() > left ? line.substring(0, left) + "…" : line);
      left -= line.length();
    }
    return out;
  }

  /** The report's file a fact or a score names, or a file that is not there (printed as such). */
  private static FileRef reportFile(
      Report report, @Nullable String fileId, @Nullable String fileName) {
    Optional<StrapiMedia> media =
        report.files().stream().filter(m -> Long.toString(m.id()).equals(fileId)).findFirst();
    return media
        .map(m -> new FileRef(report.documentId(), m.id(), m.name(), m.mime(), m.url()))
        .orElseGet(
            () ->
                new FileRef(
                    report.documentId(),
                    0,
                    fileName == null ? "#" + (fileId == null ? "?" : fileId) : fileName,
                    null,
                    ""));
  }

  /** Criterion codes in their natural order: 1.2 before 1.10. */
  static String codeKey(@Nullable String code) {
    if (code == null) return "";
    StringBuilder key = new StringBuilder();
    for (String part : code.split("\\.")) {
      key.append(
              part.matches("\\d+")
                  ? String.format(Locale.ROOT, "%05d", Integer.parseInt(part))
                  : part)
          .append('.');
    }
    return key.toString();
  }

  private static java.math.BigDecimal decimal(double d) {
    return java.math.BigDecimal.valueOf(d);
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
