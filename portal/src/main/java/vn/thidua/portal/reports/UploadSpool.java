package vn.thidua.portal.reports;

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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiServerException;
import vn.thidua.portal.strapi.StrapiUnavailableException;
import vn.thidua.portal.strapi.UploadSource;
import vn.thidua.portal.strapi.UploadTarget;

/**
 * Where received files live on disk: {@code incoming/} while they stream in and are checked, and
 * {@code pending/} when Strapi could not take them. Pending files survive a restart and are sent
 * again every {@link ReportsProperties#retryEvery()}; nothing a unit sent is dropped silently.
 */
@Component
public class UploadSpool {

  private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

  private final Path incoming;
  private final Path pending;
  private final StrapiClient strapi;
  private final Clock clock;
  private final ScheduledExecutorService retries;

  UploadSpool(ReportsProperties properties, StrapiClient strapi, Clock clock) {
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
    this.retries =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("upload-spool").factory());
    long every = properties.retryEvery().toMillis();
    retries.scheduleWithFixedDelay(this::retrySafely, every, every, TimeUnit.MILLISECONDS);
  }

  /** A file waiting for Strapi. */
  public record PendingUpload(
      String id,
      String entryDocumentId,
      UploadTarget target,
      String fileName,
      String mime,
      long size,
      Instant receivedAt) {}

  /** A new file to stream an upload into, on the same disk as the pending files. */
  Path newIncomingFile() throws IOException {
    return Files.createTempFile(incoming, "upload-", ".part");
  }

  /** Keeps {@code received} until Strapi takes it (moved, not copied). */
  PendingUpload keep(
      Path received, String entryDocumentId, UploadTarget target, String fileName, String mime)
      throws IOException {
    String id = UUID.randomUUID().toString();
    PendingUpload upload =
        new PendingUpload(
            id, entryDocumentId, target, fileName, mime, Files.size(received), clock.instant());
    Files.move(received, pending.resolve(id + ".bin"), StandardCopyOption.ATOMIC_MOVE);
    Properties meta = new Properties();
    meta.setProperty("entryDocumentId", entryDocumentId);
    meta.setProperty("ref", target.ref());
    meta.setProperty("refId", Long.toString(target.refId()));
    meta.setProperty("field", target.field());
    meta.setProperty("fileName", fileName);
    meta.setProperty("mime", mime);
    meta.setProperty("size", Long.toString(upload.size()));
    meta.setProperty("receivedAt", upload.receivedAt().toString());
    Path tmp = pending.resolve(id + ".properties.tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      meta.store(out, "A report file waiting for Strapi");
    }
    Files.move(tmp, pending.resolve(id + ".properties"), StandardCopyOption.ATOMIC_MOVE);
    log.warn("Kept {} for {} in the spool until Strapi takes it", id, entryDocumentId);
    return upload;
  }

  /** The files of an entry (a report, an initiative) still waiting for Strapi, oldest first. */
  public List<PendingUpload> pendingFor(String entryDocumentId) {
    return all().stream().filter(p -> p.entryDocumentId().equals(entryDocumentId)).toList();
  }

  List<PendingUpload> all() {
    List<PendingUpload> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(pending)) {
      for (Path meta : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
          p.load(in);
        }
        String name = meta.getFileName().toString();
        found.add(
            new PendingUpload(
                name.substring(0, name.length() - ".properties".length()),
                p.getProperty("entryDocumentId"),
                new UploadTarget(
                    p.getProperty("ref"),
                    Long.parseLong(p.getProperty("refId")),
                    p.getProperty("field")),
                p.getProperty("fileName"),
                p.getProperty("mime"),
                Long.parseLong(p.getProperty("size")),
                Instant.parse(p.getProperty("receivedAt"))));
      }
    } catch (IOException e) {
      log.error("Cannot read the upload spool {}", pending, e);
    }
    found.sort(Comparator.comparing(PendingUpload::receivedAt));
    return found;
  }

  /** Sends every pending file; stops at the first one Strapi still cannot take. */
  public int retry() {
    int sent = 0;
    for (PendingUpload upload : all()) {
      Path file = pending.resolve(upload.id() + ".bin");
      try {
        strapi.upload(UploadSource.of(file, upload.fileName(), upload.mime()), upload.target());
        Files.deleteIfExists(pending.resolve(upload.id() + ".properties"));
        Files.deleteIfExists(file);
        sent++;
        log.info("Sent spooled file {} to {}", upload.id(), upload.entryDocumentId());
      } catch (StrapiUnavailableException | StrapiServerException e) {
        log.warn("Strapi still cannot take spooled files: {}", e.getMessage());
        break;
      } catch (IOException | RuntimeException e) {
        // A refusal that will not change by waiting (e.g. the report was deleted): keep the file
        // for an administrator, and say so once per attempt.
        log.error(
            "Spooled file {} for report {} was refused: {}",
            upload.id(),
            upload.entryDocumentId(),
            e.getMessage());
      }
    }
    return sent;
  }

  private void retrySafely() {
    try {
      retry();
    } catch (RuntimeException e) {
      log.error("Upload spool retry failed", e);
    }
  }

  @PreDestroy
  void stop() {
    retries.shutdownNow();
  }
}
