package vn.thidua.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("repo.root", ".."))
          .resolve("../shared/corpus/reports")
          .normalize();

  @TempDir Path dir;

  private static Optional<String> mimeOf(Path file) throws IOException {
    return FileType.detect(file, file.getFileName().toString()).map(FileType::mime);
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void the_units_real_files_are_recognised_by_their_content() throws IOException {
    Path corpus = Files.isDirectory(CORPUS) ? CORPUS : Path.of("/work/shared/corpus/reports");
    assertThat(mimeOf(corpus.resolve("r01-004.pdf"))).contains("application/pdf");
    assertThat(mimeOf(corpus.resolve("r01-000.docx"))).contains(FileType.DOCX.mime());
    assertThat(mimeOf(corpus.resolve("r01-007.doc"))).contains("application/msword");
    assertThat(mimeOf(corpus.resolve("r01-008.odt"))).contains(FileType.ODT.mime());
  }

  @Test
  void a_renamed_executable_is_refused_whatever_its_name() throws IOException {
    byte[] exe = new byte[64];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertThat(mimeOf(write("bao-cao.pdf", exe))).isEmpty();
  }

  @Test
  void a_zip_that_is_not_an_office_document_is_refused() throws IOException {
    Path zip = dir.resolve("bao-cao.docx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("virus.exe"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
    assertThat(mimeOf(zip)).isEmpty();
  }

  @Test
  void images_rtf_and_vietnamese_plain_text_are_accepted() throws IOException {
    assertThat(mimeOf(write("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})))
        .contains("image/png");
    assertThat(mimeOf(write("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})))
        .contains("image/jpeg");
    assertThat(mimeOf(write("a.rtf", "{\\rtf1 Báo cáo}".getBytes(StandardCharsets.UTF_8))))
        .contains("application/rtf");
    assertThat(
            mimeOf(
                write(
                    "a.txt",
                    "Báo cáo kết quả thi đua năm 2026\n".getBytes(StandardCharsets.UTF_8))))
        .contains("text/plain");
  }

  @Test
  void an_empty_file_is_refused() throws IOException {
    assertThat(mimeOf(write("empty.pdf", new byte[0]))).isEmpty();
  }
}
