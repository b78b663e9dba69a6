package vn.thidua.portal.uploads;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiServerException;
import vn.thidua.portal.strapi.StrapiUnavailableException;
import vn.thidua.portal.strapi.UploadSource;
import vn.thidua.portal.strapi.UploadTarget;

/**
 * Where received files live on disk: {@code incoming/} while they stream in and are checked, and
 * {@code pending/} when Strapi could not take them. Pending files survive a restart and are sent
 * again every {@link UploadsProperties#retryEvery()}; nothing a unit sent is dropped silently.
 *
 * <p>Sending the file is all: Strapi itself tells the indexer which entry a new file belongs to
 * ({@code cms-config/src/setup/upload-relations.js}), so the entry is not written again. A spool
 * entry an older portal left waiting only for that re-save ({@code uploaded=true}) is cleared.
 */
@Component
public class UploadSpool {

  private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

  private final Path incoming;
  private final Path pending;
  private final StrapiClient strapi;
  private final Clock clock;
  private volatile boolean stopped;

  UploadSpool(UploadsProperties properties, StrapiClient strapi, Clock clock) {
    this.incoming = properties.spoolDir().resolve("incoming");
    this.pending = properties.spoolDir().resolve("pending");
    this.strapi = strapi;
    this.clock = clock;
    try {
      Files.createDirectories(incoming);
      Files.createDirectories(pending);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the upload spool " + properties.spoolDir(), e);
    }
  }

  /**
   * A file waiting for Strapi.
   *
   * @param publication how its entry is written again after the upload (a report is published, a
   *     unit's initiative stays a draft)
   * @param uploaded true once Strapi has the file and only the entry's re-save is still due
   */
  public record PendingUpload(
      String id,
      String entryDocumentId,
      UploadTarget target,
      String fileName,
      String mime,
      long size,
      Instant receivedAt,
      Publication publication,
      boolean uploaded) {}

  /** The types whose entries take files from units; the spool names them by Strapi uid. */
  private static final List<ContentType<?>> ENTRY_TYPES =
      List.of(ContentType.REPORTS, ContentType.INITIATIVES);

  static ContentType<?> typeOf(UploadTarget target) {
    return ENTRY_TYPES.stream()
        .filter(t -> t.uid().equals(target.ref()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No entry type for " + target.ref()));
  }

  /** A new file to stream an upload into, on the same disk as the pending files. */
  Path newIncomingFile() throws IOException {
    return Files.createTempFile(incoming, "upload-", ".part");
  }

  /** Keeps {@code received} until Strapi takes it (moved, not copied). */
  PendingUpload keep(
      Path received,
      String entryDocumentId,
      UploadTarget target,
      String fileName,
      String mime,
      Publication publication)
      throws IOException {
    String id = UUID.randomUUID().toString();
    PendingUpload upload =
        new PendingUpload(
            id,
            entryDocumentId,
            target,
            fileName,
            mime,
            Files.size(received),
            clock.instant(),
            publication,
            false);
    Files.move(received, pending.resolve(id + ".bin"), StandardCopyOption.ATOMIC_MOVE);
    writeMeta(upload);
    log.warn("Kept {} for {} in the spool until Strapi takes it", id, entryDocumentId);
    return upload;
  }

  private void writeMeta(PendingUpload upload) throws IOException {
    Properties meta = new Properties();
    meta.setProperty("entryDocumentId", upload.entryDocumentId());
    meta.setProperty("ref", upload.target().ref());
    meta.setProperty("refId", Long.toString(upload.target().refId()));
    meta.setProperty("field", upload.target().field());
    meta.setProperty("fileName", upload.fileName());
    meta.setProperty("mime", upload.mime());
    meta.setProperty("size", Long.toString(upload.size()));
    meta.setProperty("receivedAt", upload.receivedAt().toString());
    meta.setProperty("publication", upload.publication().name());
    meta.setProperty("uploaded", Boolean.toString(upload.uploaded()));
    Path tmp = pending.resolve(upload.id() + ".properties.tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      meta.store(out, "A report file waiting for Strapi");
    }
    Files.move(
        tmp,
        pending.resolve(upload.id() + ".properties"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Strapi has the file: its copy and its description leave the spool. */
  private void clear(PendingUpload upload) {
    try {
      Files.deleteIfExists(pending.resolve(upload.id() + ".properties"));
      Files.deleteIfExists(pending.resolve(upload.id() + ".bin"));
    } catch (IOException e) {
      log.error("Could not clear spooled file {}", upload.id(), e);
    }
  }

  /**
   * The files of an entry (a report, an initiative) still waiting for Strapi, oldest first; a file
   * Strapi already has, whose entry only waits to be re-saved, is no longer waiting.
   */
  public List<PendingUpload> pendingFor(String entryDocumentId) {
    return all().stream()
        .filter(p -> p.entryDocumentId().equals(entryDocumentId) && !p.uploaded())
        .toList();
  }

  List<PendingUpload> all() {
    List<PendingUpload> found = new ArrayList<>();
    List<Path> metas;
    try (Stream<Path> files = Files.list(pending)) {
      metas = files.filter(p -> p.toString().endsWith(".properties")).toList();
    } catch (IOException e) {
      log.error("Cannot read the upload spool {}", pending, e);
      return found;
    }
    for (Path meta : metas) {
      try {
        found.add(read(meta));
      } catch (IOException | RuntimeException e) {
        // One broken entry (a half-written disk, a hand edit) must not hide the others or break
        // the unit's desk: set it aside, once, for an operator to look at.
        log.error("Setting aside the unreadable spool entry {}: {}", meta, e.toString());
        setAside(meta);
      }
    }
    found.sort(Comparator.comparing(PendingUpload::receivedAt));
    return found;
  }

  private PendingUpload read(Path meta) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    String name = meta.getFileName().toString();
    UploadTarget target =
        new UploadTarget(
            required(p, "ref"), Long.parseLong(required(p, "refId")), required(p, "field"));
    return new PendingUpload(
        name.substring(0, name.length() - ".properties".length()),
        required(p, "entryDocumentId"),
        target,
        required(p, "fileName"),
        required(p, "mime"),
        Long.parseLong(required(p, "size")),
        Instant.parse(required(p, "receivedAt")),
        publicationOf(p.getProperty("publication"), target),
        Boolean.parseBoolean(p.getProperty("uploaded")));
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }

  private void setAside(Path meta) {
    try {
      Files.move(
          meta,
          meta.resolveSibling(meta.getFileName() + ".broken"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.warn("Could not set aside {}", meta, e);
    }
  }

  /**
   * A spool written before the publication was kept: reports are published entries, the files of
   * anything else (a unit's initiative) go to its draft.
   */
  private static Publication publicationOf(@Nullable String stored, UploadTarget target) {
    if (stored != null) {
      return Publication.valueOf(stored);
    }
    return ContentType.REPORTS.uid().equals(target.ref())
        ? Publication.PUBLISHED
        : Publication.DRAFT;
  }

  /**
   * Sends every pending file; stops at the first file Strapi still cannot take.
   *
   * @return the number of files sent in this round
   */
  public int retry() {
    int sent = 0;
    for (PendingUpload upload : all()) {
      if (upload.uploaded()) {
        // Left by an older portal that re-saved the entry after sending: Strapi has the file.
        clear(upload);
        continue;
      }
      Path file = pending.resolve(upload.id() + ".bin");
      try {
        strapi.upload(UploadSource.of(file, upload.fileName(), upload.mime()), upload.target());
      } catch (StrapiUnavailableException | StrapiServerException e) {
        log.warn("Strapi still cannot take spooled files: {}", e.getMessage());
        break;
      } catch (RuntimeException e) {
        // A refusal that will not change by waiting (e.g. the report was deleted): keep the file
        // for an administrator, and say so once per attempt.
        log.error(
            "Spooled file {} for report {} was refused: {}",
            upload.id(),
            upload.entryDocumentId(),
            e.getMessage());
        continue;
      }
      sent++;
      log.info("Sent spooled file {} to {}", upload.id(), upload.entryDocumentId());
      clear(upload);
    }
    return sent;
  }

  /** A round every {@code portal.uploads.retry-every}, on Spring's task scheduler. */
  @Scheduled(
      fixedDelayString = "${portal.uploads.retry-every:1m}",
      initialDelayString = "${portal.uploads.retry-every:1m}")
  void retrySafely() {
    if (stopped) {
      return;
    }
    try {
      retry();
    } catch (RuntimeException e) {
      log.error("Upload spool retry failed", e);
    }
  }

  /** No round starts once the portal is stopping (the scheduler itself stops with Spring). */
  @PreDestroy
  void stop() {
    stopped = true;
  }
}
