package vn.thidua.indexer.extraction;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and OCR settings of the extraction.
 *
 * @param maxCharacters ceiling on the text kept from one file; a file over it is flagged partial
 * @param timeLimit wall-clock limit for one file, OCR included
 * @param maxFileSize files larger than this are refused before they are downloaded
 * @param ocrLanguages Tesseract languages joined with {@code +}
 * @param ocrTimeLimit limit for one Tesseract run (one page or one image)
 * @param maxEmbeddingDepth how deep documents embedded in documents are read; a file that embeds
 *     deeper is refused as hostile
 * @param maxCompressionRatio a ratio of output to input above which a file counts as a zip bomb
 * @param maxXmlDepth nesting depth of elements above which a file counts as hostile
 */
@Validated
@ConfigurationProperties("indexer.extraction")
public record ExtractionProperties(
    @DefaultValue("10000000") @Min(1000) int maxCharacters,
    @DefaultValue("5m") Duration timeLimit,
    @DefaultValue("200MB") DataSize maxFileSize,
    @DefaultValue("vie") @NotBlank String ocrLanguages,
    @DefaultValue("120s") Duration ocrTimeLimit,
    @DefaultValue("3") @Min(0) int maxEmbeddingDepth,
    @DefaultValue("100") @Min(10) long maxCompressionRatio,
    @DefaultValue("100") @Min(10) int maxXmlDepth) {

  /** The defaults, for tests and tools that run without Spring. */
  public static ExtractionProperties defaults() {
    return new ExtractionProperties(
        10_000_000,
        Duration.ofMinutes(5),
        DataSize.ofMegabytes(200),
        "vie",
        Duration.ofSeconds(120),
        3,
        100,
        100);
  }
}
