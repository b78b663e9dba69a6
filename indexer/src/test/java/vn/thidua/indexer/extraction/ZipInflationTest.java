package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.HostileFiles;
import vn.thidua.indexer.reason.ReasonCode;

/** Zip bombs are refused from the archive's directory alone; real reports are not. */
class ZipInflationTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "odt"})
  void a_zip_bomb_office_file_is_refused_before_any_parser_reads_it(String kind)
      throws IOException {
    Path bomb =
        switch (kind) {
          case "docx" -> HostileFiles.zipBombDocx(tmp.resolve("bomb.docx"));
          case "xlsx" -> HostileFiles.zipBombXlsx(tmp.resolve("bomb.xlsx"));
          default -> HostileFiles.zipBombOdt(tmp.resolve("bomb.odt"));
        };

    ExtractionResult result =
        new TextExtractor(ExtractionProperties.defaults())
            .extract(bomb, "bao-cao." + kind, ExtractionListener.NONE);

    assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
    assertThat(result.reason().code()).isEqualTo(ReasonCode.ZIP_INFLATION);
    assertThat(result.pages()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"r01-000.docx", "r01-008.odt", "r01-004.pdf"})
  void the_corpus_reports_pass_the_check(String name) {
    assertThat(ZipInflation.abnormal(Corpus.reports().resolve(name))).isEmpty();
  }
}
