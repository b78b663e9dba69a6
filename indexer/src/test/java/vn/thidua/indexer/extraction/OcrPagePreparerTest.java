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
    assertThat(prepared.flattened()).isFalse();
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

  @Test
  void a_turn_is_measured_at_any_resolution_not_only_where_every_pixel_is_sampled()
      throws IOException {
    // At 200 dpi the skew is measured on every third pixel; one-pixel rows made 0° look sharpest.
    BufferedImage page =
        FixtureDocuments.degrade(
            render(Path.of("src/test/resources/extraction/fallback-fonts.pdf"), 200),
            1.5,
            0,
            new Random(42));

    assertThat(OcrPagePreparer.prepare(page, 200).skewDegrees()).isCloseTo(1.5, within(0.2));
  }

  @Test
  void a_photographed_page_under_uneven_light_is_flattened_straightened_and_its_table_found()
      throws IOException {
    BufferedImage page =
        FixtureDocuments.photograph(
            render(Path.of("src/test/resources/extraction/fallback-fonts.pdf"), 200),
            1.5,
            new Random(7));

    OcrPagePreparer.Prepared prepared = OcrPagePreparer.prepare(page, 200);

    assertThat(prepared.lightSpread()).isGreaterThan(OcrPagePreparer.UNEVEN_LIGHT);
    assertThat(prepared.flattened()).isTrue();
    assertThat(prepared.denoised()).isFalse();
    assertThat(prepared.skewDegrees()).isCloseTo(1.5, within(0.2));
    // the indicator table's rules: two columns at least, so its rows are read cell by cell
    assertThat(ScanRulings.find(prepared.image()).stream().filter(PageLayout.Ruling::vertical))
        .hasSizeGreaterThanOrEqualTo(3);
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
