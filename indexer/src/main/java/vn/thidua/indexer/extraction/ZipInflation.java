package vn.thidua.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * Refuses a zip container (DOCX, XLSX, ODT, ODS…) whose parts say they inflate far beyond any real
 * report, before a parser spends time or memory on it. It reads only the archive's central
 * directory. The rule is POI's own {@code ZipSecureFile} ratio (an entry may not be more than 100
 * times smaller packed than unpacked), applied only past a generous size so that repetitive but
 * honest XML passes, plus a ceiling on the whole. Sizes a forger leaves out or lies about are
 * caught later by the write limit and the parser process's time and memory limits.
 */
final class ZipInflation {

  /** POI's {@code ZipSecureFile.MIN_INFLATE_RATIO}. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** Entries smaller than this unpacked are never judged by their ratio. */
  static final long RATIO_GRACE_BYTES = 16L << 20;

  /** No real report unpacks to more than this, all parts together. */
  static final long MAX_TOTAL_BYTES = 1L << 30;

  private ZipInflation() {}

  /** The reason to refuse {@code file}, or empty when it is not a zip or looks sound. */
  static Optional<Reason> abnormal(Path file) {
    if (!startsLikeZip(file)) {
      return Optional.empty();
    }
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size <= 0) {
          continue;
        }
        total += size;
        if (size > RATIO_GRACE_BYTES && packed >= 0 && (double) packed / size < MIN_INFLATE_RATIO) {
          return Optional.of(reason(size));
        }
        if (total > MAX_TOTAL_BYTES) {
          return Optional.of(reason(total));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not a readable archive: the parser decides, and says what is wrong.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Reason reason(long bytes) {
    return Reason.of(ReasonCode.ZIP_INFLATION, "unpackedMb", bytes >> 20);
  }

  private static boolean startsLikeZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }
}
