package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;

/**
 * Runs the {@code tesseract} command on one prepared page. Page segmentation mode 4 ("a single
 * column of text of variable sizes") reads a report's lines, table rows included, top to bottom;
 * mode 3, Tesseract's default, cut table rows of the scans here into columns read one after the
 * other. The image is written as PNG with its resolution so Tesseract does not guess it.
 */
final class Tesseract {

  static final int PAGE_SEGMENTATION_MODE = 4;

  private final String languages;

  Tesseract(String languages) {
    this.languages = languages;
  }

  /**
   * The text Tesseract reads on {@code image}, or throws when it fails or runs over {@code limit}.
   * An interrupted caller stops the process.
   */
  String read(BufferedImage image, int dpi, Duration limit) throws IOException {
    Path png = Files.createTempFile("ocr-", ".png");
    try {
      ImageIO.write(image, "png", png.toFile());
      Process process =
          new ProcessBuilder(
                  List.of(
                      "tesseract",
                      png.toString(),
                      "stdout",
                      "-l",
                      languages,
                      "--psm",
                      String.valueOf(PAGE_SEGMENTATION_MODE),
                      "--dpi",
                      String.valueOf(dpi)))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // Reading the output blocks until Tesseract ends, so the limit kills the process.
      AtomicBoolean killed = new AtomicBoolean();
      CompletableFuture<Void> killer =
          CompletableFuture.runAsync(
              () -> {
                killed.set(true);
                process.destroyForcibly();
              },
              CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS));
      try (InputStream out = process.getInputStream()) {
        byte[] text = out.readAllBytes();
        process.waitFor();
        killer.cancel(false);
        if (killed.get()) {
          throw new IOException("Tesseract ran over " + limit.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
          throw new IOException("Tesseract ended with code " + process.exitValue());
        }
        return new String(text, StandardCharsets.UTF_8);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("OCR interrupted", e);
      } finally {
        process.destroyForcibly();
      }
    } finally {
      Files.deleteIfExists(png);
    }
  }
}
