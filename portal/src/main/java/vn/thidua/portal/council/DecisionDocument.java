package vn.thidua.portal.council;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.council.CouncilContent.DecisionEntry;
import vn.thidua.portal.council.CouncilContent.ProposalEntry;
import vn.thidua.portal.officialdoc.Decree30Layout;

/**
 * The award decision as a DOCX laid out per Decree 30/2020/NĐ-CP (Appendix I): the issuing body and
 * the number on the left, the national motto and slogan on the right on one line each, place and
 * date under them, the title, the legal bases, the articles, "Nơi nhận" and the signer side by
 * side, then the annexed list grouped by award form. The document is Vietnamese whatever the
 * reader's language: it is an administrative act, not screen text. Times New Roman 13–14 pt on A4
 * with the decree's margins (top/bottom 20 mm, left 30 mm, right 15 mm).
 */
final class DecisionDocument {

  private DecisionDocument() {}

  /**
   * "Đại Sơn, ngày 05 tháng 12 năm 2026": day and month below 10 with a leading zero (Decree 30).
   */
  static String placeAndDate(@Nullable String place, @Nullable LocalDate date) {
    return Decree30Layout.placeAndDate(place, date);
  }

  /** The forms in the decision, each with its recipients, in proposal order. */
  static Map<String, List<ProposalEntry>> byForm(List<ProposalEntry> proposals) {
    Map<String, List<ProposalEntry>> out = new LinkedHashMap<>();
    for (ProposalEntry p : proposals) {
      out.computeIfAbsent(p.awardForm(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  static void write(DecisionEntry d, String communeName, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      Decree30Layout.page(doc);
      String issuer = upper(orDefault(d.issuer(), "Ủy ban nhân dân " + communeName));
      String signerTitle = upper(orDefault(d.signerTitle(), "Chủ tịch"));
      Decree30Layout.heading(
          doc,
          new Decree30Layout.Heading(
              d.issuerParent(),
              issuer,
              d.number(),
              d.place(),
              d.date() == null ? LocalDate.of(2000, 1, 1) : d.date()));

      XWPFParagraph title = centered(doc, "QUYẾT ĐỊNH", true, 14);
      title.setSpacingBefore(240);
      centered(doc, "Về việc khen thưởng " + stageText(d) + " năm " + d.year(), true, 14);
      centered(doc, signerTitle + " " + issuer, true, 14).setSpacingBefore(240);

      List<String> bases = new ArrayList<>();
      if (d.basis() != null && !d.basis().isBlank()) {
        d.basis().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(bases::add);
      } else {
        bases.add("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        bases.add(
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định"
                + " chi tiết một số điều của Luật Thi đua, khen thưởng;");
        bases.add("Theo kết quả bình xét của Hội đồng Thi đua - Khen thưởng " + communeName + ".");
      }
      for (String b : bases) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(567);
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, b, false, true, 14);
      }
      centered(doc, "QUYẾT ĐỊNH:", true, 14).setSpacingBefore(240);

      Map<String, List<ProposalEntry>> forms = byForm(d.proposals());
      article(
          doc,
          "Điều 1.",
          " Khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm "
              + d.year()
              + " ("
              + String.join("; ", forms.keySet())
              + "), gồm "
              + d.proposals().size()
              + " tập thể, cá nhân có tên trong danh sách kèm theo.");
      article(
          doc,
          "Điều 2.",
          " Quyết định có hiệu lực kể từ ngày ký. Khen thưởng được ghi vào hồ sơ thành tích của"
              + " tập thể, cá nhân.");
      article(
          doc,
          "Điều 3.",
          " Văn phòng, Hội đồng Thi đua - Khen thưởng và các tập thể, cá nhân có tên tại Điều 1"
              + " chịu trách nhiệm thi hành Quyết định này./.");

      List<String> copies = Decree30Layout.lines(d.recipientsOfCopies());
      if (copies.isEmpty()) {
        copies = List.of("Như Điều 3;", "Các tập thể, cá nhân được khen thưởng;", "Lưu: VT.");
      }
      Decree30Layout.signature(doc, copies, signerTitle, d.signer());

      // The annexed list (danh sách kèm theo), on its own page.
      XWPFParagraph annex = centered(doc, "DANH SÁCH", true, 14);
      annex.setPageBreak(true);
      centered(doc, "Tập thể, cá nhân được khen thưởng năm " + d.year(), true, 14);
      XWPFParagraph ref = centered(doc, "", false, 14);
      run(
          ref,
          "(Kèm theo Quyết định số "
              + d.number()
              + " "
              + placeAndDate(null, d.date())
              + " của "
              + signerTitle.toLowerCase(Locale.ROOT)
              + " "
              + orDefault(d.issuer(), "Ủy ban nhân dân " + communeName)
              + ")",
          false,
          true,
          14);
      int roman = 1;
      for (Map.Entry<String, List<ProposalEntry>> form : forms.entrySet()) {
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(200);
        run(h, roman(roman++) + ". " + form.getKey(), true, false, 14);
        XWPFTable t = doc.createTable(1 + form.getValue().size(), 4);
        t.setWidth("100%");
        header(t, "STT", "Tên tập thể, cá nhân", "Tổng điểm", "Phiếu đồng ý");
        int i = 1;
        for (ProposalEntry p : form.getValue()) {
          var row = t.getRow(i);
          text(row.getCell(0), String.valueOf(i), ParagraphAlignment.CENTER);
          text(row.getCell(1), p.recipientName(), ParagraphAlignment.LEFT);
          text(
              row.getCell(2),
              p.totalScore() == null ? "" : score(p.totalScore()),
              ParagraphAlignment.CENTER);
          text(
              row.getCell(3),
              p.agreeCount() == null ? "" : p.agreeCount() + "/" + p.presentCount(),
              ParagraphAlignment.CENTER);
          i++;
        }
      }
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String score(double total) {
    return total == Math.rint(total)
        ? String.valueOf((long) total)
        : String.format(Locale.ROOT, "%.1f", total).replace('.', ',');
  }

  private static String stageText(DecisionEntry d) {
    if (d.stage() == null) {
      return "thành tích";
    }
    return switch (d.stage()) {
      case ANNUAL -> "thành tích phong trào thi đua";
      case MID_TERM -> "sơ kết phong trào thi đua";
      case FINAL -> "tổng kết phong trào thi đua";
    };
  }

  private static String roman(int n) {
    String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return n <= r.length ? r[n - 1] : String.valueOf(n);
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String upper(String s) {
    return Decree30Layout.upper(s);
  }

  private static void header(XWPFTable t, String... names) {
    for (int i = 0; i < names.length; i++) {
      XWPFParagraph p = t.getRow(0).getCell(i).getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      run(p, names[i], true, false, 13);
    }
  }

  private static void text(XWPFTableCell c, String text, ParagraphAlignment align) {
    XWPFParagraph p = c.getParagraphs().get(0);
    p.setAlignment(align);
    run(p, text, false, false, 13);
  }

  private static XWPFParagraph centered(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    if (!text.isEmpty()) {
      run(p, text, bold, false, size);
    }
    return p;
  }

  private static void article(XWPFDocument doc, String label, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setIndentationFirstLine(567);
    p.setAlignment(ParagraphAlignment.BOTH);
    run(p, label, true, false, 14);
    run(p, text, false, false, 14);
  }

  private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    return Decree30Layout.run(p, text, bold, italic, size);
  }
}
