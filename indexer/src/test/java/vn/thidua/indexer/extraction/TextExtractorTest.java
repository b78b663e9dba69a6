package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.HostileFiles;
import vn.thidua.indexer.folding.VietnameseText;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

class TextExtractorTest {

  private final TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults());

  @TempDir Path tmp;

  private ExtractionResult extract(Path file) {
    return extractor.extract(file, file.getFileName().toString(), ExtractionListener.NONE);
  }

  private static String folded(ExtractionResult result) {
    return VietnameseText.fold(
        String.join("\n", result.pages().stream().map(PageText::text).toList()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"r01-000.docx", "r01-007.doc", "r01-008.odt", "r01-027.doc"})
  void office_reports_give_their_whole_text_without_page_numbers(String name) {
    ExtractionResult result = extract(Corpus.reports().resolve(name));

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.pages()).singleElement().extracting(PageText::page).isNull();
    assertThat(result.pages().getFirst().text()).contains("Phong trào thi đua");
    assertThat(result.ocrUsed()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"r01-004.pdf", "r01-005.pdf", "r01-009.pdf"})
  void pdf_reports_with_text_keep_their_page_numbers(String name) {
    ExtractionResult result = extract(Corpus.reports().resolve(name));

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.pages()).extracting(PageText::page).startsWith(1);
    assertThat(result.pages().getFirst().text()).contains("Phong trào thi đua");
    assertThat(result.ocrUsed()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"r01-006.pdf", "r01-016.pdf", "r01-026.pdf"})
  void scanned_pdfs_are_read_by_ocr_in_vietnamese_with_page_numbers(String name) {
    AtomicBoolean announced = new AtomicBoolean();
    Path file = Corpus.reports().resolve(name);

    ExtractionResult result = extractor.extract(file, name, () -> announced.set(true));

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.ocrUsed()).isTrue();
    assertThat(announced).isTrue();
    assertThat(result.pages()).extracting(PageText::page).startsWith(1);
    assertThat(result.pages().getFirst().text()).contains("Đại Sơn");
    assertThat(folded(result)).contains("phong trao thi dua");
  }

  @Test
  void the_plan_is_read_in_both_formats() {
    Path plan = Corpus.root().resolve("plan");
    for (String name :
        new String[] {
          "ke-hoach-phong-trao-thi-dua-2026-2030.docx", "ke-hoach-phong-trao-thi-dua-2026-2030.pdf"
        }) {
      ExtractionResult result = extract(plan.resolve(name));
      assertThat(result.status()).as(name).isEqualTo(ExtractionStatus.OK);
      assertThat(folded(result)).as(name).contains("ke hoach");
    }
  }

  @Test
  void an_empty_file_is_refused_as_empty() {
    ExtractionResult result = extract(Corpus.bad().resolve("empty.pdf"));

    assertThat(result.status()).isEqualTo(ExtractionStatus.EMPTY);
    assertThat(result.reason()).isEqualTo(Reason.of(ReasonCode.EMPTY));
  }

  @Test
  void an_encrypted_pdf_is_refused_as_encrypted() {
    ExtractionResult result = extract(Corpus.bad().resolve("encrypted.pdf"));

    assertThat(result.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
    assertThat(result.reason()).isEqualTo(Reason.of(ReasonCode.ENCRYPTED));
    assertThat(result.pages()).isEmpty();
  }

  @Test
  void random_bytes_named_pdf_are_refused_by_their_content_not_their_name() {
    ExtractionResult result = extract(Corpus.bad().resolve("not-really-a.pdf"));

    assertThat(result.status()).isEqualTo(ExtractionStatus.UNSUPPORTED);
    assertThat(result.mediaType()).isNotEqualTo("application/pdf");
    assertThat(result.reason().code()).isEqualTo(ReasonCode.UNSUPPORTED);
  }

  @Test
  void a_docx_cut_in_half_is_flagged_broken() {
    ExtractionResult result = extract(Corpus.bad().resolve("truncated.docx"));

    assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
    assertThat(result.reason().code()).isEqualTo(ReasonCode.BROKEN);
  }

  @Test
  void a_file_over_the_ceiling_is_flagged_partial_with_the_text_up_to_it() {
    TextExtractor small = new TextExtractor(withMaxCharacters(1_000));

    ExtractionResult result =
        small.extract(
            Corpus.reports().resolve("r01-004.pdf"), "r01-004.pdf", ExtractionListener.NONE);

    assertThat(result.status()).isEqualTo(ExtractionStatus.PARTIAL);
    assertThat(result.reason().code()).isEqualTo(ReasonCode.PARTIAL);
    assertThat(result.characters()).isBetween(900L, 1_000L);
  }

  @Test
  void documents_embedded_down_to_the_limit_are_read_with_the_report() throws IOException {
    // The report, and a document in it that holds one that holds one: three levels embedded.
    Path nested = HostileFiles.nestedDocx(tmp.resolve("nested.docx"), 4);

    ExtractionResult result = extract(nested);

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.pages().getFirst().text()).contains("Cấp 1 ").contains("Cấp 4 ");
  }

  @Test
  void a_document_embedded_deeper_than_the_limit_gets_the_file_refused() throws IOException {
    Path nested = HostileFiles.nestedDocx(tmp.resolve("nested.docx"), 5);

    ExtractionResult result = extract(nested);

    assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
    assertThat(result.reason()).isEqualTo(Reason.of(ReasonCode.NESTED_TOO_DEEP, "levels", 3));
    assertThat(result.pages()).isEmpty();
  }

  @Test
  void the_embedding_limit_is_a_setting() throws IOException {
    Path nested = HostileFiles.nestedDocx(tmp.resolve("nested.docx"), 5);
    ExtractionProperties d = ExtractionProperties.defaults();
    TextExtractor deeper =
        new TextExtractor(
            new ExtractionProperties(
                d.maxCharacters(),
                d.timeLimit(),
                d.maxFileSize(),
                d.ocrLanguages(),
                d.ocrTimeLimit(),
                4,
                d.maxCompressionRatio(),
                d.maxXmlDepth()));

    ExtractionResult result = deeper.extract(nested, "nested.docx", ExtractionListener.NONE);

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.pages().getFirst().text()).contains("Cấp 5 ");
  }

  @Test
  void a_file_over_the_time_limit_fails_with_a_clear_reason() {
    ExtractionProperties d = ExtractionProperties.defaults();
    TextExtractor hasty =
        new TextExtractor(
            new ExtractionProperties(
                d.maxCharacters(),
                Duration.ofMillis(1),
                d.maxFileSize(),
                d.ocrLanguages(),
                d.ocrTimeLimit(),
                d.maxEmbeddingDepth(),
                d.maxCompressionRatio(),
                d.maxXmlDepth()));

    ExtractionResult result =
        hasty.extract(
            Corpus.reports().resolve("r01-006.pdf"), "r01-006.pdf", ExtractionListener.NONE);

    assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
    assertThat(result.reason().code()).isEqualTo(ReasonCode.TIMEOUT);
  }

  @Test
  void text_html_rtf_and_spreadsheets_are_read() throws IOException {
    Path txt = Files.writeString(tmp.resolve("a.txt"), "Tưới nhỏ giọt tiết kiệm nước");
    Path html =
        Files.writeString(
            tmp.resolve("a.html"),
            "<html><head><title>t</title></head><body><p>Số hoá sổ sách kế toán</p></body></html>");
    Path rtf =
        Files.writeString(
            tmp.resolve("a.rtf"),
            "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Nh\\u224? m\\u224?ng tr\\u7891?ng}",
            StandardCharsets.US_ASCII);
    Path xlsx = spreadsheet(new XSSFWorkbook(), "a.xlsx");
    Path xls = spreadsheet(new HSSFWorkbook(), "a.xls");

    assertThat(folded(extract(txt))).contains("tuoi nho giot");
    assertThat(folded(extract(html))).contains("so hoa so sach").doesNotContain("t\n");
    assertThat(folded(extract(rtf))).contains("nha mang trong");
    assertThat(folded(extract(xlsx))).contains("khoi luong rac thai nhua giam");
    assertThat(folded(extract(xls))).contains("khoi luong rac thai nhua giam");
  }

  @Test
  void a_picture_is_read_by_ocr() throws IOException {
    Path png = tmp.resolve("scan.png");
    try (PDDocument pdf = Loader.loadPDF(Corpus.reports().resolve("r01-026.pdf").toFile())) {
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
      ImageIO.write(image, "png", png.toFile());
    }

    ExtractionResult result = extract(png);

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.ocrUsed()).isTrue();
    assertThat(folded(result)).contains("phong trao thi dua");
  }

  private static Path fixture(String name) {
    return Path.of("src/test/resources/extraction").resolve(name).toAbsolutePath();
  }

  private static String text(ExtractionResult result) {
    return String.join("\n", result.pages().stream().map(PageText::text).toList());
  }

  /** NFC, one tone placement, whitespace collapsed: how the benchmark compares phrases too. */
  private static String flat(String text) {
    return VietnameseText.normalize(text).replaceAll("\\s+", " ");
  }

  @Test
  void a_pdf_whose_vietnamese_letters_come_from_a_fallback_font_reads_as_written() {
    // LibreOffice drew the letters Liberation Serif lacks (Ạ, Ế, Ơ...) from DejaVu after the rest
    // of each line; read in drawing order the header was "TR M Y T  XÃ Đ I S NẠ Ế Ạ Ơ".
    ExtractionResult result = extract(fixture("fallback-fonts.pdf"));

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.ocrUsed()).isFalse();
    assertThat(text(result)).startsWith(FixtureDocuments.HEADER + "\n");
    assertThat(flat(text(result))).contains(FixtureDocuments.TITLE, FixtureDocuments.MOTTO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"narrow-table.docx", "fallback-fonts.pdf", "tcvn3.odt", "vni.doc"})
  void a_table_with_narrow_columns_comes_out_one_row_per_line_cell_by_cell(String name) {
    ExtractionResult result = extract(fixture(name));

    assertThat(text(result).lines())
        .contains(
            "STT | Tên chỉ tiêu | Đơn vị tính | Kết quả",
            "1 | Số cán bộ hoàn thành khóa học trên nền tảng học tập số | người | 6",
            "3 | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 78");
  }

  @ParameterizedTest
  @ValueSource(strings = {"borderless-tables.pdf", "borderless-centred.pdf"})
  void a_pdf_table_without_borders_comes_out_one_row_per_line_cell_by_cell(String name) {
    // Word tables whose borders were removed (a rule under the header at most), exported by
    // LibreOffice: the names and titles wrapped in their narrow columns came out interleaved with
    // the other columns ("1 Số cán bộ hoàn thành khóa học trên người 6", "nền tảng học tập số").
    // With the cells centred in their rows, a row's number stands between its name's lines.
    ExtractionResult result = extract(fixture(name));

    assertThat(result.ocrUsed()).isFalse();
    assertThat(text(result).lines())
        .containsSubsequence(
            "STT | Chỉ tiêu | ĐVT | Kết quả | Ghi chú",
            "1 | Số cán bộ hoàn thành khóa học trên nền tảng học tập số | người | 6",
            "2 | Khối lượng rác thải nhựa giảm | kg/tháng | 865 | Vượt kế hoạch năm",
            "3 | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 78",
            "4 | Số người dân được hướng dẫn kỹ năng số | người | 936",
            "II. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU",
            "STT | Tên sáng kiến | Lĩnh vực | Hiệu quả",
            "1 | Lắp đặt điện mặt trời mái nhà cho nhà xưởng tại thôn Tây | Chuyển đổi xanh"
                + " | Giảm 30 % tiền điện",
            "2 | Ứng dụng phần mềm quản lý hồ sơ sức khỏe điện tử cho người cao tuổi tại trạm y tế"
                + " | Chuyển đổi số | 1.250 hồ sơ",
            "3 | Mô hình phân loại rác thải tại nguồn kết hợp ủ phân hữu cơ ở hộ gia đình"
                + " | Chuyển đổi xanh | 320 hộ tham gia");
    assertThat(flat(text(result))).contains(FixtureDocuments.borderlessPhrases());
  }

  @Test
  void a_borderless_table_over_a_page_break_keeps_its_rows_cell_by_cell_on_both_pages() {
    ExtractionResult result = extract(fixture("borderless-over-pages.pdf"));

    assertThat(result.pages()).hasSize(2);
    assertThat(result.pages().get(0).text().lines())
        .contains(
            "STT | Chỉ tiêu | ĐVT | Kết quả | Ghi chú",
            "21 | Số cán bộ hoàn thành khóa học trên nền tảng học tập số | người | 6",
            "22 | Khối lượng rác thải nhựa giảm | kg/tháng | 865 | Vượt kế hoạch năm")
        // the row the page breaks: its first line on this page, as a ruled table's
        .endsWith("24 | Số người dân được hướng dẫn kỹ | người | 936");
    // without its header, the table goes on cell by cell on the next page
    assertThat(result.pages().get(1).text().lines())
        .startsWith(
            "năng số",
            "25 | Số cán bộ hoàn thành khóa học trên nền tảng học tập số | người | 6",
            "26 | Khối lượng rác thải nhựa giảm | kg/tháng | 865 | Vượt kế hoạch năm",
            "27 | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 78");
  }

  @Test
  void the_header_paragraphs_and_signature_around_borderless_tables_stay_lines_as_they_look() {
    // The two sides of the header and the signature block are borderless tables too, of two
    // columns: they read as they look, side by side on each line, as before.
    ExtractionResult result = extract(fixture("borderless-tables.pdf"));

    assertThat(text(result).lines())
        .startsWith(
            FixtureDocuments.AUTHORITY + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            FixtureDocuments.HEADER + " Độc lập - Tự do - Hạnh phúc",
            "Số: 15/BC-TYT Đại Sơn, ngày 30 tháng 11 năm 2027",
            "BÁO CÁO",
            "Kết quả thực hiện phong trào thi đua năm 2027 của Trạm Y tế xã Đại Sơn. Trong năm, đơn"
                + " vị đã bám",
            "sát kế hoạch, phân công cán bộ phụ trách từng chỉ tiêu và báo cáo kết quả hằng tháng"
                + " với Ủy ban nhân",
            "dân xã.",
            "I. KẾT QUẢ CÁC CHỈ TIÊU")
        .endsWith(
            "Nơi nhận: TRƯỞNG TRẠM", "- UBND xã Đại Sơn; (Đã ký)", "- Lưu: VT. Nguyễn Văn An");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tcvn3.docx",
        "tcvn3.doc",
        "tcvn3.odt",
        "tcvn3.pdf",
        "vni.docx",
        "vni.doc",
        "vni.odt",
        "vni.pdf"
      })
  void a_document_typed_in_tcvn3_or_vni_fonts_is_read_in_unicode(String name) {
    ExtractionResult result = extract(fixture(name));

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(flat(text(result)))
        .contains(
            FixtureDocuments.HEADER,
            VietnameseText.normalize(FixtureDocuments.MOTTO),
            FixtureDocuments.INDICATORS.get(2).get(0),
            "Sáng kiến tiêu biểu: Lắp đặt điện mặt trời mái nhà");
  }

  @Test
  void a_tcvn3_pdf_whose_u_horn_libreoffice_never_drew_gets_it_back_where_only_it_fits() {
    // LibreOffice without .VnTime dropped TCVN3's ư (0xAD, the soft hyphen): "xëng", "l\u00EEng"
    ExtractionResult result = extract(fixture("tcvn3.pdf"));

    assertThat(flat(text(result)))
        .contains(
            FixtureDocuments.TITLE,
            FixtureDocuments.INDICATORS.get(1).get(0),
            "dân được hướng dẫn kỹ năng số")
        // "ngời" is a word too ("sáng ngời", shining): the ư of người is not guessed
        .contains("Số ngời dân");
  }

  @Test
  void a_tcvn3_pdf_saved_by_word_with_the_vntime_fonts_embedded_is_read_in_unicode()
      throws IOException {
    Path pdf = tmp.resolve("tcvn3-word.pdf");
    LegacyWordPdfs.tcvn3(pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      // the file's own text layer is TCVN3's bytes, the ư (0xAD) as the soft hyphen
      assertThat(new PDFTextStripper().getText(document))
          .contains("Céng hßa x· héi", "nhµ x\u00ADëng", "ng\u00AD\u00EAi");
    }

    assertReadInUnicodeFromItsTextLayer(extract(pdf));
  }

  @Test
  void a_vni_pdf_saved_by_word_with_marks_drawn_over_their_letters_is_read_in_unicode()
      throws IOException {
    Path pdf = tmp.resolve("vni-word.pdf");
    LegacyWordPdfs.vni(pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      // the file's own text layer is VNI's bytes: a base letter, then its mark as a letter
      assertThat(new PDFTextStripper().getText(document))
          .contains("Coäng hoøa xaõ hoäi", "ngöôøi daân");
    }

    assertReadInUnicodeFromItsTextLayer(extract(pdf));
  }

  /** The legacy report of {@link LegacyWordPdfs}: every phrase and the table's rows, no OCR. */
  private static void assertReadInUnicodeFromItsTextLayer(ExtractionResult result) {
    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.ocrUsed()).isFalse();
    assertThat(flat(text(result)))
        .contains(FixtureDocuments.phrases().stream().map(VietnameseText::normalize).toList());
    assertThat(text(result).lines())
        .startsWith(FixtureDocuments.HEADER)
        .contains("4 | Số người dân được hướng dẫn kỹ năng số | người | 936");
  }

  @Test
  void a_pdf_set_in_two_columns_is_read_column_by_column() throws IOException {
    Path pdf = tmp.resolve("two-columns.pdf");
    FixtureDocuments.twoColumns(pdf);

    ExtractionResult result = extract(pdf);

    assertThat(result.ocrUsed()).isFalse();
    String text = flat(text(result));
    assertThat(text)
        .startsWith(FixtureDocuments.HEADER)
        .contains(flat(FixtureDocuments.LEFT_COLUMN) + " " + flat(FixtureDocuments.RIGHT_COLUMN));
  }

  @Test
  void a_clean_scan_keeps_the_vietnamese_marks_plain_tesseract_reads() {
    // r01-006: a clean, straight 150 dpi scan. Filtered as if it were noisy, its one-pixel marks
    // went with the noise: "độ man", "Lap 821".
    ExtractionResult result = extract(Corpus.reports().resolve("r01-006.pdf"));

    assertThat(result.ocrUsed()).isTrue();
    assertThat(flat(text(result)))
        .contains(
            "Cảm biến đo độ mặn và mực nước kênh mương",
            "Lắp 821 trạm đo",
            "khi độ mặn vượt ngưỡng",
            // the title's two lines of bold text are lines, not the rows of a table
            "Kết quả thực hiện Phong trào thi đua",
            // bold, in Vietnamese only: with English, its words that look English lost their marks
            // ("Phan mềm quan ly", "thon Tây")
            "Phần mềm quản lý học bạ số và sổ liên lạc điện tử tại thôn Tây");
    assertThat(text(result).lines())
        .contains(
            // the rules of the table are neither text nor cells
            "Chỉ tiêu | Đơn vị tính | Kết quả",
            "Số người dân được hướng dẫn kỹ năng số | người | 977",
            "Số sáng kiến, giải pháp được công nhận | sáng kiến | 1",
            // the bullets begin their lines
            "- Kinh phí đầu tư trang thiết bị công nghệ thông tin còn hạn chế.",
            "- Một bộ phận người cao tuổi còn ngại sử dụng điện thoại thông minh.");
  }

  @Test
  void a_low_resolution_turned_noisy_scan_is_prepared_and_read_by_ocr() throws IOException {
    Path scan = tmp.resolve("scan-120dpi.pdf");
    FixtureDocuments.scan(fixture("fallback-fonts.pdf"), scan, 120, 1.5, 0.01, 42);

    ExtractionResult result = extract(scan);

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.ocrUsed()).isTrue();
    assertThat(flat(text(result)))
        .contains(
            VietnameseText.normalize(FixtureDocuments.MOTTO),
            FixtureDocuments.TITLE,
            FixtureDocuments.INDICATORS.get(1).get(0));
    // the ruled table, found in the picture, read cell by cell: the wrapped name is contiguous
    assertThat(text(result).lines()).contains("2 | Khối lượng rác thải nhựa giảm | kg/tháng | 865");
    assertThat(folded(result))
        .contains("tram y te xa dai son", "so can bo hoan thanh khoa hoc tren nen tang hoc tap");
  }

  @Test
  void a_phone_photo_of_a_report_under_uneven_light_is_read_with_its_table_cell_by_cell()
      throws IOException {
    // Before its light was flattened and its turn measured at 200 dpi, the table of such a photo
    // came out as lines, its wrapped names interleaved with the other columns.
    Path photo = tmp.resolve("photo-200dpi.pdf");
    FixtureDocuments.photo(fixture("fallback-fonts.pdf"), photo, 200, 1.8, 200);

    ExtractionResult result = extract(photo);

    assertThat(result.ocrUsed()).isTrue();
    assertThat(text(result).lines())
        .contains(
            "1 | Số cán bộ hoàn thành khóa học trên nền tảng học tập số | người | 6",
            "3 | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 78");
  }

  private Path spreadsheet(Workbook workbook, String name) throws IOException {
    try (workbook) {
      var row = workbook.createSheet("Chỉ tiêu").createRow(0);
      row.createCell(0).setCellValue("Khối lượng rác thải nhựa giảm");
      row.createCell(1).setCellValue(865);
      Path file = tmp.resolve(name);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      return file;
    }
  }

  private static ExtractionProperties withMaxCharacters(int max) {
    ExtractionProperties d = ExtractionProperties.defaults();
    return new ExtractionProperties(
        max,
        d.timeLimit(),
        DataSize.ofMegabytes(1),
        d.ocrLanguages(),
        d.ocrTimeLimit(),
        d.maxEmbeddingDepth(),
        d.maxCompressionRatio(),
        d.maxXmlDepth());
  }
}
