package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;

/**
 * Runs the {@code tesseract} command on one prepared page and returns its words with their boxes
 * (Tesseract's TSV output), so that the words of a table can be put back in their cells. Page
 * segmentation mode 4 ("a single column of text of variable sizes") reads a report's lines, table
 * rows included, top to bottom; mode 3, Tesseract's default, cut table rows of the scans here into
 * columns read one after the other. The image is written as PNG with its resolution so Tesseract
 * does not guess it.
 */
final class Tesseract {

  static final int PAGE_SEGMENTATION_MODE = 4;

  private final String languages;

  /**
   * Reads the TSV: level 5 rows are words; block, paragraph and line numbers name the line, and the
   * level 4 row before a line's words is the box of the whole line.
   */
  static List<Word> words(String tsv) {
    List<Word> words = new ArrayList<>();
    int lineTop = 0;
    int lineBottom = 0;
    for (String row : tsv.split("\\R")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12) {
        continue;
      }
      try {
        if ("4".equals(f[0])) {
          lineTop = Integer.parseInt(f[7]);
          lineBottom = lineTop + Integer.parseInt(f[9]);
          continue;
        }
        if (!"5".equals(f[0]) || f[11].isBlank()) {
          continue;
        }
        int top = Integer.parseInt(f[7]);
        int height = Integer.parseInt(f[9]);
        words.add(
            new Word(
                f[11].strip(),
                Integer.parseInt(f[6]),
                top,
                Integer.parseInt(f[8]),
                height,
                f[2] + "." + f[3] + "." + f[4],
                Math.min(lineTop, top),
                Math.max(lineBottom, top + height)));
      } catch (NumberFormatException e) {
        // a row we do not understand is not a word
      }
    }
    return words;
  }

  Tesseract(String languages) {
    this.languages = languages;
  }

  /**
   * One word Tesseract read: its text, box in pixels, the line it put it on, and that line's top
   * and bottom (a dash or a comma is a small box in the middle of its line).
   */
  record Word(
      String text,
      int left,
      int top,
      int width,
      int height,
      String line,
      int lineTop,
      int lineBottom) {

    int right() {
      return left + width;
    }

    /** The same word read as {@code text}. */
    Word as(String text) {
      return text.equals(this.text)
          ? this
          : new Word(text, left, top, width, height, line, lineTop, lineBottom);
    }

    /** A part of the word, {@code text}, from {@code from} to {@code to} (pixels) on its line. */
    Word part(String text, int from, int to) {
      return new Word(text, from, top, Math.max(1, to - from), height, line, lineTop, lineBottom);
    }
  }

  /**
   * The words Tesseract reads on {@code image}, in its reading order, or throws when it fails or
   * runs over {@code limit}. An interrupted caller stops the process.
   */
  List<Word> read(BufferedImage image, int dpi, Duration limit) throws IOException {
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
                      String.valueOf(dpi),
                      "tsv"))
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
        return words(new String(text, StandardCharsets.UTF_8));
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
