package vn.thidua.indexer.extraction;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The parser processes that read files outside the indexer's own heap ({@link ForkedExtractor}).
 *
 * @param isolated whether files are read in parser processes; {@code false} reads them in the
 *     indexer's own JVM, where a hostile file can exhaust its memory (tests and tools only)
 * @param processes parser processes kept running; 0 means as many as the queue has workers, the
 *     number of files extracted at once
 * @param heap the heap of each process ({@code -Xmx}); a file that needs more fails alone
 * @param grace time given beyond {@link ExtractionProperties#timeLimit()} to a process that has not
 *     answered, before it is killed (the process stops a slow file itself at the time limit; this
 *     is for a parser stuck where that check never runs)
 * @param maxFilesPerProcess files read by one process before it is replaced by a fresh one, so that
 *     what a parser leaks does not add up
 */
@Validated
@ConfigurationProperties("indexer.extraction.process")
public record ParserProcessProperties(
    @DefaultValue("true") boolean isolated,
    @DefaultValue("0") @Min(0) int processes,
    @DefaultValue("512MB") DataSize heap,
    @DefaultValue("30s") Duration grace,
    @DefaultValue("500") @Min(1) int maxFilesPerProcess) {

  /** The defaults, for tests and tools that run without Spring. */
  public static ParserProcessProperties defaults() {
    return new ParserProcessProperties(
        true, 0, DataSize.ofMegabytes(512), Duration.ofSeconds(30), 500);
  }
}
