package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.Corpus;

/** Each preparation step is taken only when the page needs it. */
class OcrPagePreparerTest {

  @Test
  void a_clean_straight_scan_is_only_scaled_its_marks_left_as_they_were() throws IOException {
    BufferedImage page = render(Corpus.reports().resolve("r01-006.pdf"), 150);

    OcrPagePreparer.Prepared prepared = OcrPagePreparer.prepare(page, 150);

    assertThat(prepared.noise()).isLessThan(OcrPagePreparer.NOISY);
    assertThat(prepared.denoised()).isFalse();
    assertThat(prepared.skewDegrees()).isZero();
    assertThat(prepared.dpi()).isEqualTo(300);
    // nothing but the scaling: the same picture as the page scaled alone
    BufferedImage scaled = OcrPagePreparer.prepare(page, 300).image();
    assertThat(pixels(scaled)).isEqualTo(pixels(page));
    assertThat(prepared.image().getWidth()).isEqualTo(page.getWidth() * 2);
  }

  @Test
  void a_noisy_turned_low_resolution_scan_is_cleaned_straightened_and_scaled() throws IOException {
    BufferedImage page =
        FixtureDocuments.degrade(
            render(Path.of("src/test/resources/extraction/fallback-fonts.pdf"), 120),
            1.5,
            0.01,
            new Random(42));

    OcrPagePreparer.Prepared prepared = OcrPagePreparer.prepare(page, 120);

    assertThat(prepared.noise()).isGreaterThan(OcrPagePreparer.NOISY);
    assertThat(prepared.denoised()).isTrue();
    assertThat(prepared.skewDegrees()).isCloseTo(1.5, within(0.2));
    assertThat(prepared.dpi()).isEqualTo(300);
  }

  private static BufferedImage render(Path pdf, int dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
    }
  }

  private static byte[] pixels(BufferedImage image) {
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    return Arrays.copyOf(data, data.length);
  }
}
