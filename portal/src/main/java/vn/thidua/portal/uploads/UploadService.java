package vn.thidua.portal.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.StrapiServerException;
import vn.thidua.portal.strapi.StrapiUnavailableException;
import vn.thidua.portal.strapi.UploadSource;
import vn.thidua.portal.strapi.UploadTarget;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.uploads.UploadSpool.PendingUpload;

/**
 * The uploads module's door: receives a unit's file (size limit while the bytes stream in, type by
 * content), checks that its destination is the unit's own report or initiative, sends it to Strapi,
 * and keeps it in the spool while Strapi cannot take it. The reports and initiatives say where a
 * file goes; only this service decides whether it may.
 */
@Service
public class UploadService {

  private static final Logger log = LoggerFactory.getLogger(UploadService.class);

  /** The report field that takes files sent after acceptance. */
  public static final String SUPPLEMENTS = "supplements";

  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final UploadsProperties properties;
  private final UploadSpool spool;

  UploadService(
      StrapiClient strapi,
      CurrentUser currentUser,
      UploadsProperties properties,
      UploadSpool spool) {
    this.strapi = strapi;
    this.currentUser = currentUser;
    this.properties = properties;
    this.spool = spool;
  }

  /** The largest file a unit may send, in bytes. */
  public long maxFileSize() {
    return properties.maxFileSize().toBytes();
  }

  /** The files received for {@code entryDocumentId} that still wait for Strapi. */
  public List<PendingUpload> pendingFor(String entryDocumentId) {
    return spool.pendingFor(entryDocumentId);
  }

  /**
   * Where a received file goes: the entry, its media field and the version (draft or published) the
   * file is attached to. Only an entry: the numeric id Strapi attaches to is read from the entry
   * itself, after its unit is checked. Strapi tells the indexer of the new file itself.
   */
  public record Destination(
      ContentType<?> type,
      String entryDocumentId,
      String field,
      Publication publication,
      @Nullable Consumer<String> onStored) {

    /**
     * A destination with nothing more to do once the file is stored.
     *
     * @param onStored told the stored file's name (a supplement's history entry)
     */
    public Destination(
        ContentType<?> type, String entryDocumentId, String field, Publication publication) {
      this(type, entryDocumentId, field, publication, null);
    }
  }

  /**
   * Streams a unit's file to disk with the size limit enforced as the bytes arrive, checks its type
   * by content, then streams it to Strapi into {@code destination} (asked only once the file is
   * accepted); keeps it in the spool when Strapi cannot take it. Whoever calls, the destination
   * must be an entry of the signed-in unit: checked here, where the file is received, before a byte
   * goes to Strapi.
   *
   * @throws AccessDeniedException when the destination is not the unit's own report or initiative
   */
  public UploadOutcome receive(
      String fileName,
      long declaredSize,
      InputStream content,
      LongConsumer progress,
      java.util.function.Supplier<Destination> destination) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    String name = cleanName(fileName);
    long limit = maxFileSize();
    if (declaredSize > limit) {
      return new UploadOutcome.Refused(name, "reports.upload.refused.size", megabytes(limit));
    }
    Path received = null;
    try {
      received = spool.newIncomingFile();
      try (OutputStream out = Files.newOutputStream(received)) {
        LimitedCopy.copy(content, out, limit, progress);
      }
      Optional<FileType> type = FileType.detect(received, name);
      if (type.isEmpty()) {
        return new UploadOutcome.Refused(
            name,
            Files.size(received) == 0
                ? "reports.upload.refused.empty"
                : "reports.upload.refused.type");
      }
      long size = Files.size(received);
      Destination to = destination.get();
      UploadTarget target = ownTarget(user, to);
      try {
        strapi.upload(UploadSource.of(received, name, type.get().mime()), target);
        log.info(
            "A unit sent {} ({} bytes) to {} ({})", name, size, to.entryDocumentId(), to.field());
        // Strapi tells the indexer about the new file itself (cms-config upload-relations.js).
        if (to.onStored() != null) {
          to.onStored().accept(name);
        }
        return new UploadOutcome.Stored(
            name, type.get().mime(), size, SUPPLEMENTS.equals(to.field()));
      } catch (StrapiUnavailableException | StrapiServerException e) {
        log.warn("Strapi could not take {} for {}: {}", name, to.entryDocumentId(), e.getMessage());
        spool.keep(
            received, to.entryDocumentId(), target, name, type.get().mime(), to.publication());
        received = null;
        return new UploadOutcome.Spooled(name, size);
      }
    } catch (FileTooLargeException e) {
      return new UploadOutcome.Refused(name, "reports.upload.refused.size", megabytes(limit));
    } catch (StrapiException e) {
      return new UploadOutcome.Refused(name, e.messageKey(), e.messageArgs());
    } catch (IOException e) {
      // The browser stopped sending, or the disk failed: nothing was stored.
      log.warn("Upload of {} broke off: {}", name, e.toString());
      return new UploadOutcome.Refused(name, UploadOutcome.Refused.BROKEN);
    } finally {
      if (received != null) {
        try {
          Files.deleteIfExists(received);
        } catch (IOException e) {
          log.warn("Could not delete {}", received, e);
        }
      }
    }
  }

  /**
   * The upload target of {@code to}, once the entry is found to belong to the user's unit. Deny by
   * default: only reports and initiatives take a unit's files, and only its own.
   */
  private UploadTarget ownTarget(PortalUser user, Destination to) {
    StrapiQuery query = StrapiQuery.create().populate("unit");
    if (to.publication() == Publication.DRAFT) {
      query = query.draft();
    }
    Object entry = strapi.findOne(to.type(), to.entryDocumentId(), query);
    Unit owner =
        switch (entry) {
          case Report r when to.field().equals("files") || to.field().equals(SUPPLEMENTS) ->
              r.unit();
          case Initiative i when to.field().equals("evidence") -> i.unit();
          default -> throw new AccessDeniedException("Files go only to a report or an initiative");
        };
    long id =
        switch (entry) {
          case Report r -> r.id();
          case Initiative i -> i.id();
          default -> throw new AccessDeniedException("Files go only to a report or an initiative");
        };
    if (owner == null
        || user.unitDocumentId() == null
        || !owner.documentId().equals(user.unitDocumentId())) {
      log.warn(
          "{} tried to attach a file to {} of another unit", user.username(), to.entryDocumentId());
      throw new AccessDeniedException("Not this unit's entry");
    }
    return UploadTarget.of(to.type(), id, to.field());
  }

  private static String megabytes(long bytes) {
    return Long.toString(bytes / (1024 * 1024));
  }

  /** Keeps the last path segment, as some browsers send a full path. */
  static String cleanName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.isEmpty() ? "tep-khong-ten" : name;
  }
}
