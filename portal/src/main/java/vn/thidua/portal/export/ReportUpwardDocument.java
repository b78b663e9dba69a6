package vn.thidua.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.officialdoc.Decree30Layout;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Languages;
import vn.thidua.portal.shell.PortalI18NProvider;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The consolidated report the commune sends upward, as a DOCX laid out per Decree 30/2020 (the
 * frame is {@link Decree30Layout}): per unit kind and per unit, the report's status and date, the
 * year's initiatives by field, the main indicators and the awards proposed; then the movement's
 * totals. It is Vietnamese whatever the reader's language: it is an administrative document the
 * city files, not screen text.
 */
final class ReportUpwardDocument {

  private static final PortalI18NProvider I18N = new PortalI18NProvider();

  private ReportUpwardDocument() {}

  static void write(Consolidation c, LocalDate today, ZoneId zone, OutputStream out)
      throws IOException {
    Letterhead l = c.letterhead();
    try (XWPFDocument doc = new XWPFDocument()) {
      Decree30Layout.page(doc);
      Decree30Layout.heading(
          doc,
          new Decree30Layout.Heading(
              l.issuerParent(), l.issuer(), "        /BC-" + l.symbol(), l.place(), today));

      Decree30Layout.centered(doc, "BÁO CÁO", true, 14).setSpacingBefore(360);
      Decree30Layout.centered(
          doc, "Kết quả thực hiện phong trào thi đua năm " + c.year(), true, 14);
      XWPFParagraph gap = Decree30Layout.centered(doc, "", false, 14);
      gap.setSpacingAfter(120);

      Decree30Layout.body(
          doc,
          "Thực hiện kế hoạch phong trào thi đua giai đoạn 2026 – 2030, kết quả thực hiện năm "
              + c.year()
              + " của các đơn vị như sau:");

      section(doc, "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ");
      long sent = c.count(Compliance.ON_TIME) + c.count(Compliance.LATE);
      Decree30Layout.body(
          doc,
          "Tổng số "
              + c.rows().size()
              + " đơn vị tham gia phong trào; "
              + sent
              + " đơn vị đã gửi báo cáo, trong đó "
              + c.count(Compliance.ON_TIME)
              + " đơn vị gửi đúng hạn và "
              + c.count(Compliance.LATE)
              + " đơn vị gửi muộn; "
              + (c.count(Compliance.MISSING) + c.count(Compliance.NOT_YET_DUE))
              + " đơn vị chưa gửi. Hạn gửi báo cáo: "
              + Dates.format(c.deadline().deadline())
              + ".");

      section(doc, "II. KẾT QUẢ THEO KHỐI ĐƠN VỊ");
      int kindNo = 1;
      for (Map.Entry<@Nullable UnitKind, List<Consolidation.Row>> kind : byKind(c).entrySet()) {
        List<Consolidation.Row> rows = kind.getValue();
        long kindSent =
            rows.stream()
                .filter(
                    r -> r.compliance() == Compliance.ON_TIME || r.compliance() == Compliance.LATE)
                .count();
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(120);
        Decree30Layout.run(
            h,
            kindNo++
                + ". "
                + (kind.getKey() == null ? "Đơn vị khác" : vi(kind.getKey().messageKey())),
            true,
            false,
            14);
        Decree30Layout.body(
            doc,
            kindSent
                + "/"
                + rows.size()
                + " đơn vị đã gửi báo cáo; "
                + rows.stream().mapToInt(Consolidation.Row::initiativeTotal).sum()
                + " sáng kiến.");
        char letter = 'a';
        for (Consolidation.Row row : rows) {
          XWPFParagraph name = doc.createParagraph();
          name.setIndentationFirstLine(567);
          name.setSpacingAfter(0);
          Decree30Layout.run(name, letter++ + ") " + row.unit().name(), true, true, 14);
          line(doc, "Báo cáo: " + reportLine(row, zone));
          line(doc, "Sáng kiến trong năm: " + initiativesLine(row));
          line(doc, "Chỉ tiêu chính: " + figuresLine(row.figures()));
          line(doc, "Chỉ tiêu đăng ký: " + targetsLine(row.targets()));
          line(doc, "Đề xuất khen thưởng: " + proposalsLine(row.proposals()));
        }
      }

      section(doc, "III. TỔNG HỢP TOÀN PHONG TRÀO");
      Map<InitiativeField, Integer> byField = c.initiativesByField();
      int all = byField.values().stream().mapToInt(Integer::intValue).sum();
      Decree30Layout.body(
          doc, "1. Sáng kiến: các đơn vị đăng ký tổng số " + all + " sáng kiến, theo lĩnh vực:");
      XWPFTable fields = table(doc, InitiativeField.values().length + 2, 2);
      header(fields, "Lĩnh vực", "Số sáng kiến");
      int i = 1;
      for (InitiativeField f : InitiativeField.values()) {
        text(fields.getRow(i).getCell(0), vi(f.messageKey()), ParagraphAlignment.LEFT, false);
        text(
            fields.getRow(i).getCell(1),
            Integer.toString(byField.get(f)),
            ParagraphAlignment.CENTER,
            false);
        i++;
      }
      text(fields.getRow(i).getCell(0), "Tổng cộng", ParagraphAlignment.LEFT, true);
      text(fields.getRow(i).getCell(1), Integer.toString(all), ParagraphAlignment.CENTER, true);

      Decree30Layout.body(doc, "2. Các chỉ tiêu chính (số liệu đã được xác nhận):")
          .setSpacingBefore(120);
      if (c.totals().isEmpty()) {
        Decree30Layout.body(doc, "Chưa có số liệu nào được xác nhận trong năm.");
      } else {
        XWPFTable totals = table(doc, c.totals().size() + 1, 6);
        header(
            totals, "STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Số đơn vị", "Chỉ tiêu đăng ký");
        int n = 1;
        for (Consolidation.Figure f : c.totals()) {
          var row = totals.getRow(n);
          text(row.getCell(0), Integer.toString(n), ParagraphAlignment.CENTER, false);
          text(row.getCell(1), f.indicator(), ParagraphAlignment.LEFT, false);
          text(
              row.getCell(2),
              f.measure() == null ? "" : f.measure(),
              ParagraphAlignment.CENTER,
              false);
          text(
              row.getCell(3),
              f.value() == null ? "–" : number(f.value()) + (f.mean() ? " (bình quân)" : ""),
              ParagraphAlignment.RIGHT,
              false);
          text(row.getCell(4), Integer.toString(f.units()), ParagraphAlignment.CENTER, false);
          // The registered targets beside the result, so a shortfall reads in the same row.
          text(row.getCell(5), targetCell(f), ParagraphAlignment.RIGHT, false);
          n++;
        }
      }

      section(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ");
      Map<String, Long> proposed =
          c.rows().stream()
              .flatMap(r -> r.proposals().stream())
              .collect(
                  Collectors.groupingBy(
                      Consolidation.Proposal::awardForm,
                      LinkedHashMap::new,
                      Collectors.counting()));
      Decree30Layout.body(
          doc,
          proposed.isEmpty()
              ? "Chưa có đề nghị khen thưởng nào trong năm."
              : "Đề nghị khen thưởng: "
                  + proposed.entrySet().stream()
                      .map(e -> e.getKey() + ": " + e.getValue())
                      .collect(Collectors.joining("; "))
                  + ".");
      List<String> missing =
          c.rows().stream()
              .filter(r -> r.compliance().needsReminder())
              .map(r -> r.unit().name())
              .toList();
      Decree30Layout.body(
          doc,
          missing.isEmpty()
              ? "Tất cả các đơn vị đã gửi báo cáo."
              : "Đề nghị các đơn vị chưa gửi báo cáo khẩn trương hoàn thành: "
                  + String.join("; ", missing)
                  + ".");
      Decree30Layout.body(
          doc,
          "Tiếp tục nhân rộng các sáng kiến, mô hình hiệu quả trong chuyển đổi số, chuyển đổi"
              + " xanh, đổi mới sáng tạo và khoa học, công nghệ./.");

      Decree30Layout.signature(doc, l.copiesTo(), l.signerTitle(), l.signer());
      doc.write(out);
    }
  }

  /** The units grouped by kind, in the order of the kinds. */
  static Map<@Nullable UnitKind, List<Consolidation.Row>> byKind(Consolidation c) {
    Map<@Nullable UnitKind, List<Consolidation.Row>> out = new LinkedHashMap<>();
    for (UnitKind k : UnitKind.values()) {
      List<Consolidation.Row> rows = c.rows().stream().filter(r -> r.unit().kind() == k).toList();
      if (!rows.isEmpty()) {
        out.put(k, rows);
      }
    }
    List<Consolidation.Row> other = c.rows().stream().filter(r -> r.unit().kind() == null).toList();
    if (!other.isEmpty()) {
      out.put(null, other);
    }
    return out;
  }

  /** "Đã tiếp nhận, gửi ngày 02/11/2026 (Nộp đúng hạn)" or "chưa gửi (Chưa nộp (đã quá hạn))". */
  static String reportLine(Consolidation.Row row, ZoneId zone) {
    Report report = row.report();
    String compliance = vi(row.compliance().messageKey());
    if (report == null) {
      return "chưa gửi (" + compliance + ").";
    }
    String status = report.status() == null ? "" : vi(report.status().messageKey());
    return status
        + (report.number() == null || report.number().isBlank()
            ? ""
            : ", số " + report.number().strip())
        + (report.submittedAt() == null ? "" : ", gửi ngày " + day(report.submittedAt(), zone))
        + " ("
        + compliance
        + ").";
  }

  static String initiativesLine(Consolidation.Row row) {
    if (row.initiativeTotal() == 0) {
      return "không có.";
    }
    List<String> parts = new ArrayList<>();
    for (InitiativeField f : InitiativeField.values()) {
      int n = row.initiatives().getOrDefault(f, 0);
      if (n > 0) {
        parts.add(vi(f.messageKey()) + ": " + n);
      }
    }
    return row.initiativeTotal() + " (" + String.join("; ", parts) + ").";
  }

  static String figuresLine(List<Consolidation.Figure> figures) {
    if (figures.isEmpty()) {
      return "chưa có số liệu.";
    }
    return figures.stream()
            .map(
                f ->
                    f.indicator()
                        + ": "
                        + number(f.value())
                        + (f.measure() == null || f.measure().isBlank()
                            ? ""
                            : (f.measure().strip().equals("%") ? "" : " ") + f.measure().strip()))
            .collect(Collectors.joining("; "))
        + ".";
  }

  /** The targets of the totals: "1.000 (2 đơn vị)", a percentage's "90 (bình quân, 2 đơn vị)". */
  static String targetCell(Consolidation.Figure f) {
    if (f.target() == null) {
      return "–";
    }
    boolean mean = f.measure() != null && f.measure().strip().startsWith("%");
    return number(f.target())
        + " ("
        + (mean && f.targetUnits() > 1 ? "bình quân, " : "")
        + f.targetUnits()
        + " đơn vị)";
  }

  /** The targets the unit registered, beside its results: "name: target measure; …". */
  static String targetsLine(List<Consolidation.Target> targets) {
    if (targets.isEmpty()) {
      return "không đăng ký.";
    }
    return targets.stream()
            .map(
                t ->
                    t.indicator()
                        + ": "
                        + t.text()
                        + (t.measure() == null || t.measure().isBlank()
                            ? ""
                            : " (" + t.measure().strip() + ")"))
            .collect(Collectors.joining("; "))
        + ".";
  }

  static String proposalsLine(List<Consolidation.Proposal> proposals) {
    if (proposals.isEmpty()) {
      return "không có.";
    }
    return proposals.stream()
            .map(
                p ->
                    p.awardForm()
                        + (p.result() == null
                            ? ""
                            : " ("
                                + vi("binh-xet.result." + p.result()).toLowerCase(Locale.ROOT)
                                + ")"))
            .collect(Collectors.joining("; "))
        + ".";
  }

  /** 1161 → "1.161", 12.5 → "12,5": the Vietnamese way. */
  static String number(BigDecimal value) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
    return format.format(value);
  }

  private static String vi(String key) {
    return I18N.getTranslation(key, Languages.VIETNAMESE);
  }

  private static String day(Instant at, ZoneId zone) {
    return Dates.DATE.format(at.atZone(zone));
  }

  private static void section(XWPFDocument doc, String title) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(180);
    p.setSpacingAfter(60);
    Decree30Layout.run(p, title, true, false, 14);
  }

  private static void line(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    p.setSpacingAfter(0);
    Decree30Layout.run(p, "- " + text, false, false, 14);
  }

  private static XWPFTable table(XWPFDocument doc, int rows, int cols) {
    XWPFTable t = doc.createTable(rows, cols);
    t.setWidth("100%");
    return t;
  }

  private static void header(XWPFTable t, String... names) {
    for (int i = 0; i < names.length; i++) {
      text(t.getRow(0).getCell(i), names[i], ParagraphAlignment.CENTER, true);
    }
  }

  private static void text(XWPFTableCell c, String text, ParagraphAlignment align, boolean bold) {
    XWPFParagraph p = c.getParagraphs().getFirst();
    p.setAlignment(align);
    p.setSpacingAfter(0);
    Decree30Layout.run(p, text, bold, false, 13);
  }
}
