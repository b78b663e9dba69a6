package vn.thidua.portal.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * The portal's addresses for files of public content, and the check that a requested file is one.
 * An address names the entry the file is attached to: {@code /tep/tin-bai/{documentId}/{file}}.
 * Only media of a published entry (read as the public) are served, so a draft's files cannot be
 * fetched through the portal; of reports (never public in Strapi) only the files of an accepted
 * one, which the search already shows to everyone as evidence. A file is named by its Strapi file
 * name or, for a search hit, by its media id.
 */
@Component
public class PublicFiles {

  /** The path every file address starts with. */
  public static final String PREFIX = "/tep/";

  /** The kinds of entry whose files readers may fetch. */
  public enum Owner {
    PLAN("ke-hoach"),
    STORY("tin-bai"),
    INITIATIVE("sang-kien"),
    /** Files of an accepted report: public evidence, as the search shows it to anyone. */
    REPORT("bao-cao");

    private final String segment;

    Owner(String segment) {
      this.segment = segment;
    }

    /** The path segment after {@link #PREFIX}. */
    public String segment() {
      return segment;
    }

    static Optional<Owner> of(String segment) {
      for (Owner owner : values()) {
        if (owner.segment.equals(segment)) {
          return Optional.of(owner);
        }
      }
      return Optional.empty();
    }
  }

  // Strapi names uploads by a hash and an extension; nothing else reaches Strapi.
  private static final Pattern FILE_NAME =
      Pattern.compile("[A-Za-z0-9_\\-]{1,200}\\.[A-Za-z0-9]{1,10}");
  // Or a media is named by its Strapi id, as the indexer knows it (a search hit's file).
  private static final Pattern MEDIA_ID = Pattern.compile("[0-9]{1,18}");

  private final StrapiClient strapi;

  PublicFiles(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /** The portal's address of a media file attached to {@code documentId}. */
  public static String url(Owner owner, String documentId, StrapiMedia media) {
    return url(owner, documentId, media.url());
  }

  /**
   * Maps Strapi media URLs ({@code /uploads/x.jpg}) in an entry's rich text to the portal's
   * addresses; other URLs are returned unchanged.
   */
  public static UnaryOperator<String> rewriter(Owner owner, String documentId) {
    return src -> src.startsWith("/uploads/") ? url(owner, documentId, src) : src;
  }

  private static String url(Owner owner, String documentId, String strapiUrl) {
    return PREFIX
        + owner.segment
        + "/"
        + URLEncoder.encode(documentId, StandardCharsets.UTF_8)
        + "/"
        + fileName(strapiUrl);
  }

  /**
   * The portal's address of the file a search hit found, opened at its page when it is a PDF
   * (browsers' PDF viewers honour {@code #page=}); empty for a hit that is not in a file or whose
   * kind has no public files.
   *
   * @param kind the indexer's kind: {@code report}, {@code initiative}, {@code plan}
   */
  public static Optional<String> evidenceUrl(
      String kind,
      @org.jspecify.annotations.Nullable String entryDocumentId,
      @org.jspecify.annotations.Nullable String fileId,
      @org.jspecify.annotations.Nullable Integer page) {
    if (entryDocumentId == null || fileId == null || !MEDIA_ID.matcher(fileId).matches()) {
      return Optional.empty();
    }
    Owner owner =
        switch (kind) {
          case "report" -> Owner.REPORT;
          case "initiative" -> Owner.INITIATIVE;
          case "plan" -> Owner.PLAN;
          default -> null;
        };
    if (owner == null) {
      return Optional.empty();
    }
    return Optional.of(
        url(owner, entryDocumentId, "/" + fileId) + (page == null ? "" : "#page=" + page));
  }

  /**
   * The portal's address of a file of an accepted report named by its original name, at a page (a
   * story's source, which Strapi lets cite only an accepted report); empty when the report is not
   * accepted, has no such file, or cannot be read. The address is served by the same rule as every
   * report file here: only while the report is accepted.
   */
  public Optional<String> acceptedReportFile(
      String reportDocumentId, String fileName, @org.jspecify.annotations.Nullable Integer page) {
    try {
      return fileOfAccepted(
          strapi.findOne(
              ContentType.REPORTS,
              reportDocumentId,
              StrapiQuery.create().fields("status").populate("files")),
          fileName,
          page);
    } catch (StrapiException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> fileOfAccepted(
      Report report, String fileName, @org.jspecify.annotations.Nullable Integer page) {
    if (report.status() != ReportStatus.ACCEPTED) {
      return Optional.empty();
    }
    return report.files().stream()
        .filter(m -> fileName.equals(m.name()))
        .findFirst()
        .map(m -> url(Owner.REPORT, report.documentId(), m) + PageLinks.fragment(page));
  }

  /**
   * The address of a story's cited file at its page, found through the story itself: the public
   * read of a story does not carry its source report (reports are never public in Strapi), so the
   * portal reads the published story's citation with its token; served only while that report is
   * accepted, as {@link #acceptedReportFile} checks.
   */
  public Optional<String> storySourceFile(
      String storyDocumentId, String fileName, @org.jspecify.annotations.Nullable Integer page) {
    try {
      Story story =
          strapi.findOne(
              ContentType.STORIES,
              storyDocumentId,
              StrapiQuery.create().fields("title").populate("sourceReport.files"));
      return story.sourceReport() == null
          ? Optional.empty()
          : fileOfAccepted(story.sourceReport(), fileName, page);
    } catch (StrapiException e) {
      return Optional.empty();
    }
  }

  /** The last segment of a Strapi media URL. */
  static String fileName(String strapiUrl) {
    String path = strapiUrl.replaceFirst("[?#].*", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The media the address names, when it is attached to a published entry of that kind. */
  Optional<StrapiMedia> find(String ownerSegment, String documentId, String fileName) {
    if (!FILE_NAME.matcher(fileName).matches() && !MEDIA_ID.matcher(fileName).matches()) {
      return Optional.empty();
    }
    Optional<Owner> owner = Owner.of(ownerSegment.toLowerCase(Locale.ROOT));
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    try {
      return switch (owner.get()) {
        case PLAN -> {
          Campaign plan =
              strapi
                  .findOnePublic(
                      ContentType.CAMPAIGNS,
                      documentId,
                      StrapiQuery.create().fields("slug").populate("attachments"))
                  .value();
          yield among(plan.attachments(), fileName);
        }
        case STORY -> {
          // The cover, and the images of the story's text (attached to it by the editor's
          // upload): Strapi serves either to the public only while the story is published.
          Story story =
              strapi
                  .findOnePublic(
                      ContentType.STORIES,
                      documentId,
                      StrapiQuery.create().fields("slug").populate("cover", "images"))
                  .value();
          Set<StrapiMedia> media = new HashSet<>(story.images());
          if (story.cover() != null) {
            media.add(story.cover());
          }
          yield among(media, fileName);
        }
        case INITIATIVE -> {
          Initiative initiative =
              strapi
                  .findOnePublic(
                      ContentType.INITIATIVES,
                      documentId,
                      StrapiQuery.create().fields("slug").populate("evidence"))
                  .value();
          yield among(initiative.evidence(), fileName);
        }
        case REPORT -> {
          // Reports are never public in Strapi: read with the portal's token, and serve only
          // the files of an accepted report (the indexer makes exactly those public).
          Report report =
              strapi.findOne(
                  ContentType.REPORTS,
                  documentId,
                  StrapiQuery.create().fields("status").populate("files"));
          yield report.status() == ReportStatus.ACCEPTED
              ? among(report.files(), fileName)
              : Optional.empty();
        }
      };
    } catch (StrapiException e) {
      return Optional.empty();
    }
  }

  private static Optional<StrapiMedia> among(Iterable<StrapiMedia> media, String fileName) {
    for (StrapiMedia m : media) {
      if (fileName.equals(fileName(m.url())) || fileName.equals(String.valueOf(m.id()))) {
        return Optional.of(m);
      }
      for (StrapiMedia.Format format : m.formats().values()) {
        if (fileName.equals(fileName(format.url()))) {
          return Optional.of(
              new StrapiMedia(
                  m.id(),
                  m.documentId(),
                  m.name(),
                  m.alternativeText(),
                  format.mime(),
                  null,
                  format.url(),
                  null));
        }
      }
    }
    return Optional.empty();
  }
}
