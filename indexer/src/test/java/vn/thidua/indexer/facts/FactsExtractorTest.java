package vn.thidua.indexer.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.indexer.extraction.ExtractionListener;
import vn.thidua.indexer.extraction.ExtractionProperties;
import vn.thidua.indexer.extraction.PageText;
import vn.thidua.indexer.extraction.TextExtractor;
import vn.thidua.indexer.facts.ReportFacts.Indicator;
import vn.thidua.indexer.facts.ReportFacts.Initiative;

class FactsExtractorTest {

  private final FactsExtractor extractor = new FactsExtractor();

  private ReportFacts read(String text) {
    return extractor.extract(List.of(new PageText(null, text)));
  }

  /**
   * The facts of a fixture under test resources' {@code extraction}, extracted as the indexer does.
   */
  private ReportFacts readFixture(String name) {
    Path file = Path.of("src/test/resources/extraction").resolve(name).toAbsolutePath();
    return extractor.extract(
        new TextExtractor(ExtractionProperties.defaults())
            .extract(file, name, ExtractionListener.NONE)
            .pages());
  }

  private ReportFacts readPages(String... pages) {
    List<PageText> texts = new java.util.ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      texts.add(new PageText(i + 1, pages[i]));
    }
    return extractor.extract(texts);
  }

  private static Indicator indicator(String name, String unit, String value, Integer page) {
    return new Indicator(name, unit, new BigDecimal(value), page, false);
  }

  @Test
  void header_gives_number_date_and_the_unit_spelt_as_the_body_spells_it() {
    ReportFacts facts =
        read(
            """
            UBND XÃ ĐẠI SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HỘI LIÊN HIỆP PHỤ NỮ XÃ
            Độc lập - Tự do - Hạnh phúc
            -----------
            Số: 118/BC-HLHPN
            Đại Sơn, ngày 26 tháng 10 năm 2026
            BÁO CÁO
            Thực hiện Kế hoạch, Hội Liên hiệp Phụ nữ xã đã triển khai.
            """);

    assertThat(facts.reportNumber()).isEqualTo("118/BC-HLHPN");
    assertThat(facts.reportDate()).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(facts.unitName()).isEqualTo("Hội Liên hiệp Phụ nữ xã");
  }

  @Test
  void ocr_slips_in_the_number_and_date_are_repaired_and_the_number_flagged() {
    ReportFacts facts =
        read(
            """
            THÔN BẮC SƠN
            Sô: 1O5/BC-TBS
            Đại Sơn, ngảy 9 tháng lO năm 2026
            """);

    assertThat(facts.reportNumber()).isEqualTo("105/BC-TBS");
    assertThat(facts.reportDate()).isEqualTo(LocalDate.of(2026, 10, 9));
    assertThat(facts.uncertain()).anyMatch(note -> note.contains("Số báo cáo"));
  }

  @Test
  void a_report_without_number_or_date_says_so_instead_of_guessing() {
    ReportFacts facts = read("Báo cáo tóm tắt kết quả phong trào.\nKhông có bảng.");

    assertThat(facts.reportNumber()).isNull();
    assertThat(facts.reportDate()).isNull();
    assertThat(facts.uncertain())
        .anyMatch(n -> n.contains("số báo cáo"))
        .anyMatch(n -> n.contains("ngày báo cáo"))
        .anyMatch(n -> n.contains("bảng chỉ tiêu"));
  }

  @Test
  void office_table_with_a_cell_per_line_gives_every_row_and_a_merged_unit_to_each_row() {
    ReportFacts facts =
        read(
            """
            II. KẾT QUẢ THỰC HIỆN
            \tChỉ tiêu

             \tĐơn vị tính

             \tKết quả

            \s
            \tSố người dân được hướng dẫn kỹ năng số

             \tngười

             \t1.234

            \s
            \tTỷ lệ hồ sơ nộp trực tuyến

             \t%

             \t78

            \s
            \tTỷ lệ giao dịch không dùng tiền mặt

             \t

             \t12,5

            \s
            III. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số người dân được hướng dẫn kỹ năng số", "người", "1234", null),
            indicator("Tỷ lệ hồ sơ nộp trực tuyến", "%", "78", null),
            indicator("Tỷ lệ giao dịch không dùng tiền mặt", "%", "12.5", null));
  }

  @Test
  void pdf_rows_are_split_into_name_unit_and_value_and_a_broken_row_is_joined() {
    ReportFacts facts =
        readPages(
            """
            II. KẾT QUẢ THỰC HIỆN
            Chỉ tiêu Đơn vị tính Kết quả
            Số sáng kiến, giải pháp được công nhận sáng kiến 4
            Tỷ lệ giao dịch thanh toán không dùng tiền
            mặt % 59
            Khối lượng rác thải nhựa giảm kg/tháng 58
            III. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số sáng kiến, giải pháp được công nhận", "sáng kiến", "4", 1),
            indicator("Tỷ lệ giao dịch thanh toán không dùng tiền mặt", "%", "59", 1),
            indicator("Khối lượng rác thải nhựa giảm", "kg/tháng", "58", 1));
  }

  @Test
  void a_table_split_over_two_pages_keeps_its_rows_and_their_pages() {
    ReportFacts facts =
        readPages(
            """
            2. Kết quả các chỉ tiêu
            STT Nội dung ĐVT Kết quả đạt được
            1 Số hộ dân lắp điện mặt trời hộ 1.250
            2 Số lớp Bình dân học vụ số lớp 12
            - 1 -
            """,
            """
            Trang 2
            STT Nội dung ĐVT Kết quả đạt được
            3 Tỷ lệ hộ phân loại rác tại nguồn % 87,5
            4. Sáng kiến được công nhận sáng kiến 3
            3. SÁNG KIẾN TIÊU BIỂU
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số hộ dân lắp điện mặt trời", "hộ", "1250", 1),
            indicator("Số lớp Bình dân học vụ số", "lớp", "12", 1),
            indicator("Tỷ lệ hộ phân loại rác tại nguồn", "%", "87.5", 2),
            indicator("Sáng kiến được công nhận", "sáng kiến", "3", 2));
  }

  @ParameterizedTest
  @CsvSource({
    "borderless-tables.pdf, 1",
    "borderless-over-pages.pdf, 8",
    "borderless-centred.pdf, 1"
  })
  void a_borderless_indicator_table_of_a_libreoffice_pdf_gives_every_row(String name, int repeats) {
    // A Word table without borders, its names wrapped in a narrow column and a remark in a
    // "Ghi chú" column, exported by LibreOffice; over two pages the page breaks inside a row.
    ReportFacts facts = readFixture(name);

    List<Indicator> expected = new java.util.ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      expected.add(
          indicator("Số cán bộ hoàn thành khóa học trên nền tảng học tập số", "người", "6", 1));
      expected.add(indicator("Khối lượng rác thải nhựa giảm", "kg/tháng", "865", 1));
      expected.add(indicator("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", "78", 1));
      expected.add(indicator("Số người dân được hướng dẫn kỹ năng số", "người", "936", 1));
    }
    if (repeats > 1) {
      // rows 25 to 32 are on the second page
      for (int i = 24; i < expected.size(); i++) {
        Indicator e = expected.get(i);
        expected.set(i, new Indicator(e.name(), e.unit(), e.value(), 2, false));
      }
    }
    assertThat(facts.indicators()).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @CsvSource({"borderless-tables.pdf", "borderless-centred.pdf"})
  void the_initiatives_of_a_table_are_read_row_by_row_with_their_field(String name) {
    // "STT | Tên sáng kiến | Lĩnh vực | Hiệu quả", without borders, titles wrapped in a narrow
    // column: each row is an initiative, its field from its own column.
    ReportFacts facts = readFixture(name);

    assertThat(facts.initiatives())
        .extracting(i -> i.title(), i -> i.field(), i -> i.page())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Lắp đặt điện mặt trời mái nhà cho nhà xưởng tại thôn Tây", "chuyen_doi_xanh", 1),
            org.assertj.core.groups.Tuple.tuple(
                "Ứng dụng phần mềm quản lý hồ sơ sức khỏe điện tử cho người cao tuổi tại trạm y tế",
                "chuyen_doi_so",
                1),
            org.assertj.core.groups.Tuple.tuple(
                "Mô hình phân loại rác thải tại nguồn kết hợp ủ phân hữu cơ ở hộ gia đình",
                "chuyen_doi_xanh",
                1));
    assertThat(facts.initiatives().get(1).detail()).isEqualTo("1.250 hồ sơ");
  }

  @Test
  void the_initiatives_of_an_office_table_with_a_cell_per_line_are_read_row_by_row() {
    // Tika's shape of a DOCX table: a cell per line, each row ended by a line of white space;
    // the header in capitals does not end the section.
    ReportFacts facts =
        read(
            """
            III. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU
            \tSTT

             \tTÊN SÁNG KIẾN

             \tLĩnh vực

             \tHiệu quả

            \s
            \t1

             \tỨng dụng phần mềm quản lý hồ sơ sức khỏe điện tử cho người cao tuổi

             \tChuyển đổi số

             \t1.250 hồ sơ

            \s
            \t2

             \tMô hình phân loại rác thải tại nguồn

             \tChuyển đổi xanh

             \t

            \s
            IV. PHƯƠNG HƯỚNG NĂM 2028
            """);

    assertThat(facts.initiatives())
        .extracting(i -> i.title(), i -> i.field(), i -> i.detail())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ứng dụng phần mềm quản lý hồ sơ sức khỏe điện tử cho người cao tuổi",
                "chuyen_doi_so",
                "1.250 hồ sơ"),
            org.assertj.core.groups.Tuple.tuple(
                "Mô hình phân loại rác thải tại nguồn", "chuyen_doi_xanh", ""));
  }

  @Test
  void the_bodies_a_report_is_sent_to_are_not_initiatives() {
    ReportFacts facts =
        read(
            """
            II. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU
            1. Phần mềm quản lý hồ sơ sức khỏe (Chuyển đổi số).
            Trên đây là báo cáo kết quả thực hiện phong trào thi đua năm 2027.
            Nơi nhận:
            - UBND xã Đại Sơn;
            - Lưu: VT.
            """);

    assertThat(facts.initiatives())
        .extracting(i -> i.title())
        .containsExactly("Phần mềm quản lý hồ sơ sức khỏe");
  }

  @Test
  void a_table_row_whose_number_ocr_lost_is_still_an_initiative_and_other_rows_are_not_guessed() {
    ReportFacts facts =
        read(
            """
            II. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU
            STT | Tên sáng kiến | Lĩnh vực | Hiệu quả
            Lắp đặt điện mặt trời mái nhà | Chuyển đổi xanh | Giảm 30% tiền điện
            2 | Phần mềm quản lý hồ sơ sức khỏe | Chuyển đổi số | 1.250 hồ sơ
            3 | Mô hình | Chuyển đổi xanh
            4 | Số hóa hồ sơ lưu trữ | Khác | 900 hồ sơ
            III. KHÓ KHĂN
            """);

    assertThat(facts.initiatives())
        .extracting(i -> i.title(), i -> i.field(), i -> i.detail())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Lắp đặt điện mặt trời mái nhà", "chuyen_doi_xanh", "Giảm 30% tiền điện"),
            org.assertj.core.groups.Tuple.tuple(
                "Phần mềm quản lý hồ sơ sức khỏe", "chuyen_doi_so", "1.250 hồ sơ"),
            org.assertj.core.groups.Tuple.tuple("Số hóa hồ sơ lưu trữ", null, "900 hồ sơ"));
  }

  @Test
  void rows_with_cells_between_bars_and_headings_without_diacritics_are_read() {
    ReportFacts facts =
        read(
            """
            TT | Noi dung chi tieu | DVT | Ke hoach | Thuc hien
            1 | Số buổi tập huấn chuyển đổi số | buổi | 20 | 26
            2 | Tỷ lệ hồ sơ trực tuyến | % | 70 | 78%
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số buổi tập huấn chuyển đổi số", "buổi", "26", null),
            indicator("Tỷ lệ hồ sơ trực tuyến", "%", "78", null));
  }

  @Test
  void ocr_noise_in_headings_and_figures_is_tolerated_and_a_repaired_figure_flagged() {
    ReportFacts facts =
        readPages(
            """
            Il. KET QUA THỰC HIỆN
            Chi tiêu Don vi tinh| Két qua
            Số người dân được hướng dan kỹ năng số người 977
            Số sáng kiến được công nhận sáng kiến 1O
            Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến|% 88
            Ill. SANG KIẾN, GIẢI PHÁP TIÊU BIEU
            """);

    assertThat(facts.indicators())
        .extracting(Indicator::unit, i -> i.value().intValue(), Indicator::uncertain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("người", 977, false),
            org.assertj.core.groups.Tuple.tuple("sáng kiến", 10, true),
            org.assertj.core.groups.Tuple.tuple("%", 88, false));
  }

  @Test
  void a_figure_that_cannot_be_read_is_left_empty_and_flagged() {
    ReportFacts facts =
        read(
            """
            Chỉ tiêu | Đơn vị tính | Kết quả
            Số mô hình chuyển đổi xanh | mô hình | đang tổng hợp
            """);

    assertThat(facts.indicators())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.value()).isNull();
              assertThat(i.uncertain()).isTrue();
            });
    assertThat(facts.uncertain()).anyMatch(n -> n.contains("Số mô hình chuyển đổi xanh"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1.234;1234;false",
        "12,5;12.5;false",
        "78%;78;false",
        "1.234.567,5;1234567.5;false",
        "1O5;105;true",
        "12.5;12.5;true",
        "1,234;1.234;true"
      })
  void vietnamese_number_formats(String token, String value, boolean uncertain) {
    VietnameseNumber number = VietnameseNumber.parse(token);

    assertThat(number).isNotNull();
    assertThat(number.value()).isEqualByComparingTo(value);
    assertThat(number.uncertain()).isEqualTo(uncertain);
  }

  @Test
  void initiatives_give_title_field_detail_and_page_over_broken_lines() {
    ReportFacts facts =
        readPages(
            """
            III. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU
            1. Cảm biến đo độ mặn gửi cảnh báo qua điện thoại tại xưởng sản xuất
            (Khoa học, công nghệ). Lắp 821 trạm đo, cảnh báo sớm.
            2. Sổ tay sáng kiến điện tử (Chuyén đỗi sô). Thu nhận 409 đề xuất.
            - Vườn rau sạch không hóa chất: 12 hộ tham gia (Lĩnh vực: chuyển đổi xanh).
            - Tủ sách dùng chung cho thiếu nhi. Mở cửa mỗi tối.
            IV. KHÓ KHĂN, VƯỚNG MẮC
            - Hạ tầng mạng còn yếu.
            """);

    assertThat(facts.initiatives())
        .containsExactly(
            new Initiative(
                "Cảm biến đo độ mặn gửi cảnh báo qua điện thoại tại xưởng sản xuất",
                "khoa_hoc_cong_nghe",
                "Lắp 821 trạm đo, cảnh báo sớm",
                1),
            new Initiative("Sổ tay sáng kiến điện tử", "chuyen_doi_so", "Thu nhận 409 đề xuất", 1),
            new Initiative("Vườn rau sạch không hóa chất", "chuyen_doi_xanh", "12 hộ tham gia", 1),
            new Initiative("Tủ sách dùng chung cho thiếu nhi", null, "Mở cửa mỗi tối", 1));
  }

  @Test
  void proposal_gives_the_form_of_award_and_its_recipient() {
    ReportFacts facts =
        readPages(
            """
            V. ĐỀ XUẤT, KIẾN NGHỊ
            Đề nghị Hội đồng Thi đua – Khen thưởng xã xem xét, đề nghị tặng Cờ thi đua của UBND thành phố cho
            tập thể Công ty Cổ phần Gạch không nung Minh Đức vì đã có thành tích xuất sắc.
            """);

    assertThat(facts.proposal())
        .isEqualTo(
            new ReportFacts.Proposal(
                "Cờ thi đua của UBND thành phố",
                "tập thể Công ty Cổ phần Gạch không nung Minh Đức",
                1));
  }

  @Test
  void numbered_rows_keep_a_name_wrapped_before_or_after_its_figures() {
    ReportFacts facts =
        readPages(
            """
            STT Tên chỉ tiêu Đơn vị tính Kết quả đạt được
            1 Số tài khoản định danh điện tử mức
            2 được kích hoạt tài khoản 146
            2 Số cán bộ hoàn thành khóa học _ người 11.100
            trên nền tảng học tập số
            3 Số buổi tập huấn buổi 12
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số tài khoản định danh điện tử mức 2 được kích hoạt", "tài khoản", "146", 1),
            indicator(
                "Số cán bộ hoàn thành khóa học trên nền tảng học tập số", "người", "11100", 1),
            indicator("Số buổi tập huấn", "buổi", "12", 1));
  }

  @Test
  void a_phone_scan_with_its_header_wrapped_and_misread_and_row_one_unnumbered_is_read() {
    // OCR of a photographed two-page table: the header's cells wrap ("chỉ" / "tiêu"), on page 2
    // the header comes back with words run together and a letter doubled, row 1's "1" is read
    // "+", a cell border sticks to "%", m² loses its superscript.
    ReportFacts facts =
        readPages(
            """
            B. KÉT QUÁ THỰC HIỆN CÁC CHỈ TIÊU
            STT Nội dung chỉ ĐVT Kế hoạch Kết quả thực
            tiêu hiện
            + Số buổi tập buổi 198,9 221
            huấn Bình dân
            học vụ số
            2 Số sáng kiến, sáng kiến 35714,7 39.683
            giải pháp được
            công nhận
            3 Diện tích cây | m? 146,7 163
            xanh trồng
            mới
            4 Tỷ lệ hộ phân ['% 52,92 58,8%
            loại rác tại
            nguồn""",
            """
            STT Nội dungchỉ [ ĐĐVT Kế hoạch Kết quả thực
            tiêu hiện
            5 Kinh phí xã hội | triệu đồng 2558,7 2.843
            hóa huy động
            6 Tỷ lệ hồ sơ thủ | % 22,32 24,8%
            tục hành chính
            nộp trực tuyến
            C. CÁC SANG KIỄN, MÔ HÌNH TIỂU BIÊU
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số buổi tập huấn Bình dân học vụ số", "buổi", "221", 1),
            indicator("Số sáng kiến, giải pháp được công nhận", "sáng kiến", "39683", 1),
            indicator("Diện tích cây xanh trồng mới", "m²", "163", 1),
            indicator("Tỷ lệ hộ phân loại rác tại nguồn", "%", "58.8", 1),
            indicator("Kinh phí xã hội hóa huy động", "triệu đồng", "2843", 2),
            indicator("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", "24.8", 2));
  }

  @Test
  void rows_numbered_in_a_scan_whose_stt_heading_ocr_split_keep_their_wrapped_names() {
    ReportFacts facts =
        readPages(
            """
            TT
            S Tên chỉ tiêu Đơn vị tính Kết quả đạt được
            1 Số tài khoản định [ tài khoản 146
            danh điện tử mức
            2 được kích hoạt
            2 Số người dân được người 235
            hướng dẫn kỹ
            năng số
            3 Tỷ lệ hộ phân loại J'% 13,5
            rác tại nguồn
            C. CÁC SÁNG KIỄN, MÔ HÌNH TIỂU BIẾU
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Số tài khoản định danh điện tử mức 2 được kích hoạt", "tài khoản", "146", 1),
            indicator("Số người dân được hướng dẫn kỹ năng số", "người", "235", 1),
            indicator("Tỷ lệ hộ phân loại rác tại nguồn", "%", "13.5", 1));
  }

  @Test
  void a_scan_of_a_table_with_its_unit_merged_down_gives_each_row_the_unit_flagged() {
    // OCR of a photographed table whose "%" cell is merged over rows 1 to 3: the header's year
    // wrapped below it, a speck before row 2's number, a letter before the border of "%", and the
    // "ế" of the next heading lost.
    ReportFacts facts =
        readPages(
            """
            Chỉ tiêu Đơn vị tính Kết quả năm T Ghi chú
            2027
            1 Tỷ lệ hộ phân Ƒ'% 13
            loại rác tại
            nguồn
            v2 Tỷ lệ hồ sơ thủ 24,5
            tục hành chính
            nộp trực tuyến
            3 Tỷ lệ giao dịch 82
            thanh toán
            không dùng
            tiền mặt
            4 Số buổi tập buổi 173
            huấn Bình dân
            học vụ số
            C. CÁC SÁNG KI N, MÔ HÌNH TIỂU BIỂU
            a) Mô hình phân loại rác thải tại nguồn: Giảm 78% lượng rác (Lĩnh vực: chuyển đổi xanh).
            """);

    assertThat(facts.indicators())
        .containsExactly(
            indicator("Tỷ lệ hộ phân loại rác tại nguồn", "%", "13", 1),
            new Indicator(
                "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến",
                "%",
                new BigDecimal("24.5"),
                1,
                true),
            new Indicator(
                "Tỷ lệ giao dịch thanh toán không dùng tiền mặt",
                "%",
                new BigDecimal("82"),
                1,
                true),
            indicator("Số buổi tập huấn Bình dân học vụ số", "buổi", "173", 1));
    assertThat(facts.initiatives())
        .extracting(Initiative::title)
        .containsExactly("Mô hình phân loại rác thải tại nguồn");
  }

  @Test
  void a_scanned_row_read_cell_by_cell_is_a_row_whatever_ocr_made_of_its_number() {
    // OCR of two photographed reports (FactsBenchmark's g03 and g06 scans), their ruled tables
    // read cell by cell: row 5's number read "9" (its "%" cell with the border's "'"), row 7's
    // read ";". Waiting for the number expected joined every row after them into one.
    ReportFacts g03 =
        read(
            """
            STT | Tên chỉ tiêu | Đơn vị tính | Kết quả đạt được
            1 | Số tài khoản định danh điện tử mức 2 được kích hoạt | tài khoản | 146
            2 | Số người dân được hướng dẫn kỹ năng số | người | 235
            3 | Kinh phí xã hội hóa huy động | triệu đồng | 74
            4 | Khối lượng rác thải nhựa giảm | kg/tháng | 9
            9 | Tỷ lệ hộ phân loại rác tại nguồn | |'% | 13,5
            6 | Số hộ dân lắp đặt điện mặt trời mái nhà | hộ | 6976

            C. CÁC SÀNG KIÊN, MÔ HÌNH TIỂU BIÊU
            """);
    ReportFacts g06 =
        readPages(
            """
            STT | Nội dung chỉ tiêu | ĐVT | Kế hoạch | Kết quả thực hiện
            1 | Số buổi tập huấn Bình dân học vụ số | buổi | 198,9 | 221
            2 | Số sáng kiến, giải pháp được công nhận | sáng kiến | 35714,7 | 39.683
            """,
            """
            STT | Nội dungchỉ tiêu | ĐVT | Kế hoạch | Kết quả thực hiện
            3 | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 22,32 | 24,8%
            ; | Số hộ dân lắp đặt điện mặt trời mái nhà | hộ | 196,2 | 218
            5 | Khối lượng rác thải nhựa giảm | kg/tháng | 118,8 | 132

            6 Số cán bộ người 66,6 74
            hoàn thành
            khóa học trên
            7 | Số tài khoản định danh điện tử mức 2 được kích hoạt | tài khoản | 253,8 | 282
            """);

    assertThat(g03.indicators())
        .containsExactly(
            indicator(
                "Số tài khoản định danh điện tử mức 2 được kích hoạt", "tài khoản", "146", null),
            indicator("Số người dân được hướng dẫn kỹ năng số", "người", "235", null),
            indicator("Kinh phí xã hội hóa huy động", "triệu đồng", "74", null),
            indicator("Khối lượng rác thải nhựa giảm", "kg/tháng", "9", null),
            indicator("Tỷ lệ hộ phân loại rác tại nguồn", "%", "13.5", null),
            indicator("Số hộ dân lắp đặt điện mặt trời mái nhà", "hộ", "6976", null));
    assertThat(g06.indicators())
        .containsExactly(
            indicator("Số buổi tập huấn Bình dân học vụ số", "buổi", "221", 1),
            indicator("Số sáng kiến, giải pháp được công nhận", "sáng kiến", "39683", 1),
            indicator("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", "24.8", 2),
            indicator("Số hộ dân lắp đặt điện mặt trời mái nhà", "hộ", "218", 2),
            indicator("Khối lượng rác thải nhựa giảm", "kg/tháng", "132", 2),
            indicator("Số cán bộ hoàn thành khóa học trên", "người", "74", 2),
            indicator(
                "Số tài khoản định danh điện tử mức 2 được kích hoạt", "tài khoản", "282", 2));
  }

  @Test
  void a_plan_figure_is_never_given_as_the_result_when_the_result_cannot_be_read() {
    // Beside a plan column, a row with one figure: the result cell was unreadable (OCR gave "Pˆ ĐK
    // 1V"), so the figure read is the plan's. Likewise under a header that lost its result column.
    ReportFacts facts =
        readPages(
            """
            STT Nội dung chỉ tiêu ĐVT Kế hoạch Kết quả thực hiện
            1 Số lượt người truy cập | lượt 22821,3 Pˆ ĐK 1V ¿
            2 Số cán bộ được tập huấn người 66,6 74
            """,
            """
            STT Nội dung chỉ tiêu ĐVT Kế hoạch
            1 Số tài khoản được kích hoạt tài khoản 141,3 157
            2 Số sáng kiến được công nhận sáng kiến 229,5
            """);

    assertThat(facts.indicators())
        .extracting(Indicator::value, Indicator::uncertain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, true),
            org.assertj.core.groups.Tuple.tuple(new BigDecimal("74"), false),
            org.assertj.core.groups.Tuple.tuple(new BigDecimal("157"), true),
            org.assertj.core.groups.Tuple.tuple(null, true));
  }

  @Test
  void text_that_is_no_report_gives_empty_facts_with_notes_not_a_failure() {
    String noise =
        "Chỉ tiêu Đơn vị tính Kết quả\n"
            + "1 ".repeat(100_000)
            + "\n"
            + "(".repeat(10_000)
            + "\nđề nghị "
            + "Bằng khen ".repeat(5_000);

    ReportFacts facts = readPages(noise, "\u0000\uFFFF\t\t \n");

    assertThat(facts.reportNumber()).isNull();
    assertThat(facts.initiatives()).isEmpty();
    assertThat(facts.uncertain()).isNotEmpty();
  }
}
