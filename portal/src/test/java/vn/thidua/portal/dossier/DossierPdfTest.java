package vn.thidua.portal.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.portal.dossier.DossierFixtures.BASE;
import static vn.thidua.portal.dossier.DossierFixtures.VI;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.dossier.Dossier.FileRef;

/** The dossier printed from {@link DossierFixtures} and read back with PDFBox. */
class DossierPdfTest {

  @TempDir Path dir;

  /** Files as Strapi would give them: the 2026 report is a real PDF, the 2027 one a DOCX. */
  private final class Files implements PageSource {
    final List<Path> given = new ArrayList<>();
    final Map<String, Map<Integer, String>> texts = new HashMap<>();
    final Map<String, Path> pdfs = new HashMap<>();
    int textCalls;

    @Override
    public Optional<Path> copy(FileRef file) {
      Path source = pdfs.get(file.name());
      if (source == null) return Optional.empty();
      try {
        Path copy = java.nio.file.Files.createTempFile(dir, "copy-", ".pdf");
        java.nio.file.Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        given.add(copy);
        return Optional.of(copy);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Map<Integer, String> texts(FileRef file, Set<Integer> pages) {
      textCalls++;
      return texts.getOrDefault(file.name(), Map.of());
    }
  }

  private Path sourcePdf(String name, int pages) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument();
        InputStream font = getClass().getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
      PDType0Font f = PDType0Font.load(doc, font, true);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(f, 12);
          s.newLineAtOffset(72, 700);
          s.showText("Trang gốc số " + i + " của báo cáo năm 2026");
          s.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private Files files() throws IOException {
    Files files = new Files();
    files.pdfs.put("bao-cao-2026.pdf", sourcePdf("bao-cao-2026.pdf", 3));
    Path broken = dir.resolve("anh-dien-mat-troi.pdf");
    java.nio.file.Files.writeString(broken, "không phải PDF", StandardCharsets.UTF_8);
    files.pdfs.put("anh-dien-mat-troi.pdf", broken);
    files.texts.put(
        "bao-cao-2027.docx",
        Map.of(
            1, "Kết quả chuyển đổi số năm 2027",
            2, "Số người dân được hướng dẫn kỹ năng số: 936 người\tđạt 120%"));
    return files;
  }

  private byte[] print(Dossier dossier, PageSource files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierPdf.write(dossier, files, VI, out);
    return out.toByteArray();
  }

  private static String text(PDDocument doc, int pageNumber) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    return stripper.getText(doc);
  }

  private static List<PDAnnotationLink> links(PDPage page) throws IOException {
    List<PDAnnotationLink> links = new ArrayList<>();
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationLink l) links.add(l);
    }
    return links;
  }

  @Test
  void cover_contents_and_each_claims_link_lead_to_the_page_that_proves_it() throws IOException {
    Dossier dossier = DossierAssembler.assemble(DossierFixtures.sources(), BASE, VI);
    Files files = files();
    try (PDDocument pdf = Loader.loadPDF(print(dossier, files))) {
      assertThat(text(pdf, 1))
          .contains("HỒ SƠ THÀNH TÍCH")
          .contains("Trạm Y tế xã Đại Sơn")
          .contains("Giấy khen của Chủ tịch UBND xã")
          .contains("Hằng năm")
          .contains("92,5")
          .contains("Điểm Phòng Kinh tế chấm");
      assertThat(text(pdf, 2)).contains("Mục lục").contains("Chỉ tiêu đạt được");

      // Every internal link of the contents resolves to a page of this dossier.
      Map<String, Integer> targets = new HashMap<>();
      List<String> portal = new ArrayList<>();
      for (PDAnnotationLink link : links(pdf.getPage(1))) {
        if (link.getAction() instanceof PDActionGoTo goTo) {
          int target = ((PDPageDestination) goTo.getDestination()).retrievePageNumber();
          assertThat(target).as("a link that resolves").isBetween(2, pdf.getNumberOfPages() - 1);
          targets.merge(text(pdf, target + 1), 1, Integer::sum);
        } else if (link.getAction() instanceof PDActionURI uri) {
          portal.add(uri.getURI());
        }
      }
      assertThat(targets.keySet())
          .as("the PDF claim leads to the original page, imported")
          .anyMatch(t -> t.contains("Trang gốc số 2 của báo cáo năm 2026"))
          .as("the DOCX claim leads to its page's text laid out, with file name and page")
          .anyMatch(
              t ->
                  t.contains("bao-cao-2027.docx")
                      && t.contains("Văn bản trích từ trang 2")
                      && t.contains("936 người"));
      assertThat(portal)
          .contains(BASE + "/tep-bao-cao/rep2026/11#page=2")
          .contains(BASE + "/sang-kien/dien-mat-troi")
          .contains(BASE + "/tin-bai/tram-y-te-chuyen-doi-so");

      // The outline repeats the contents.
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
        for (PDOutlineItem child : item.children()) {
          assertThat(((PDPageDestination) child.getDestination()).retrievePageNumber())
              .isPositive();
        }
      }
      assertThat(outline)
          .containsExactly(
              "Mục lục",
              "Chỉ tiêu đạt được",
              "Tiêu chí và điểm",
              "Sáng kiến và minh chứng",
              "Tin bài về đối tượng được đề nghị");
    }
    assertThat(files.given)
        .as("temporary copies are deleted")
        .allMatch(p -> !java.nio.file.Files.exists(p));
  }

  @Test
  void a_page_cited_by_two_claims_is_printed_once_and_names_both() throws IOException {
    Dossier dossier = DossierAssembler.assemble(DossierFixtures.sources(), BASE, VI);
    try (PDDocument pdf = Loader.loadPDF(print(dossier, files()))) {
      String all = new PDFTextStripper().getText(pdf);
      // Page 2 of the 2026 PDF proves the online-filing indicator (1) and criterion 1.10 (4).
      assertThat(all.split("Trang gốc số 2 của báo cáo năm 2026", -1)).hasSize(2);
      assertThat(all).contains("Minh chứng cho mục 1, 4 — Hồ sơ thành tích: Trạm Y tế xã Đại Sơn");
    }
  }

  @Test
  void a_missing_file_or_an_unreadable_one_becomes_a_page_saying_so_never_a_failed_download()
      throws IOException {
    Dossier dossier = DossierAssembler.assemble(DossierFixtures.sources(), BASE, VI);
    Files files = files();
    files.pdfs.remove("bao-cao-2026.pdf");
    files.texts.clear();
    try (PDDocument pdf = Loader.loadPDF(print(dossier, files))) {
      String all = new PDFTextStripper().getText(pdf);
      assertThat(all)
          .contains("Không đọc được trang minh chứng")
          .contains("bao-cao-2026.pdf, trang 2");
      assertThat(all).as("the broken evidence PDF too").contains("anh-dien-mat-troi.pdf, trang 2");
    }
    assertThat(files.textCalls).as("the indexer is asked once per file").isEqualTo(3);
  }

  @Test
  void a_proposal_citing_more_pages_than_the_bound_prints_the_bound_and_says_the_rest_is_left_out()
      throws IOException {
    List<Dossier.Claim> claims = new ArrayList<>();
    for (int i = 0; i < DossierPdf.MAX_PROOF_PAGES + 5; i++) {
      claims.add(
          new Dossier.Claim(
              "Chỉ tiêu " + i,
              "",
              BASE,
              List.of(new Dossier.Note("n" + i, "Ghi chú " + i, List.of("Nội dung")))));
    }
    Dossier big =
        new Dossier(
            new Dossier.Cover("Thôn Tây", "Giấy khen", "Hằng năm", 2026, null, Map.of(), BASE),
            List.of(new Dossier.Section(Dossier.SectionKind.INDICATORS, "Chỉ tiêu", claims)));
    try (PDDocument pdf = Loader.loadPDF(print(big, files()))) {
      String last = text(pdf, pdf.getNumberOfPages());
      assertThat(last).contains("5 minh chứng khác không đưa vào hồ sơ");
      assertThat(new PDFTextStripper().getText(pdf))
          .doesNotContain("Ghi chú " + DossierPdf.MAX_PROOF_PAGES);
    }
  }

  @Test
  void text_with_tabs_control_characters_and_decomposed_letters_prints() throws IOException {
    String nfd = java.text.Normalizer.normalize("Hội Nông dân", java.text.Normalizer.Form.NFD);
    Dossier dossier =
        new Dossier(
            new Dossier.Cover(
                nfd + "\u0007\uD83D\uDE00", "Giấy khen", "", null, null, Map.of(), BASE),
            List.of(
                new Dossier.Section(
                    Dossier.SectionKind.STORIES,
                    "Tin bài",
                    List.of(
                        new Dossier.Claim(
                            "Tin\tbài",
                            "",
                            BASE,
                            List.of(
                                new Dossier.Note(
                                    "n", "Tiêu đề", List.of("x".repeat(500) + " ✓ ☃ 你好"))))))));
    try (PDDocument pdf = Loader.loadPDF(print(dossier, files()))) {
      assertThat(text(pdf, 1)).contains("Hội Nông dân");
    }
  }
}
