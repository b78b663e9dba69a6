package vn.thidua.portal.officialdoc;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The frame of an administrative document per Decree 30/2020/NĐ-CP, Appendix I: the page, the
 * heading and the signature block, in Times New Roman. Sizes are in twentieths of a point (twips):
 * 567 twips are 1 cm.
 */
public final class Decree30Layout {

  public static final String FONT = "Times New Roman";
  public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String SLOGAN = "Độc lập - Tự do - Hạnh phúc";

  /** A4 portrait. */
  static final int PAGE_WIDTH = 11906;

  static final int PAGE_HEIGHT = 16838;

  /** The decree's margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  static final int MARGIN_TOP = 1134;

  static final int MARGIN_BOTTOM = 1134;
  static final int MARGIN_LEFT = 1701;
  static final int MARGIN_RIGHT = 851;

  /** The width between the margins (165 mm). */
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  /**
   * The heading's left column (issuing body, number). The right one takes the rest, wide enough for
   * the motto at 13 pt bold on one line (about 105 mm in Times New Roman), which a half-width
   * column is not: that is why the old heading wrapped.
   */
  static final int LEFT_COLUMN = 3402;

  private Decree30Layout() {}

  /**
   * The heading's content.
   *
   * @param issuerParent the issuing body's superior (ô 1, first line), null when it has none
   * @param issuer the issuing body (ô 1), written in capitals
   * @param number the number and symbol after "Số: " (ô 2), e.g. "…/BC-UBND" or "15/QĐ-UBND"
   * @param place the place name of the date line (ô 4), e.g. "Đại Sơn"
   */
  public record Heading(
      @Nullable String issuerParent,
      String issuer,
      String number,
      @Nullable String place,
      LocalDate date) {}

  /**
   * An A4 page with the decree's margins, and Times New Roman as the document's default font: an
   * empty paragraph (a rule, a gap) otherwise falls back to the office suite's own default.
   */
  public static void page(XWPFDocument doc) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
  }

  /**
   * The heading: issuing body (its superior above it, a short rule under it) and "Số: …" on the
   * left; the national motto and the slogan, each on one line, with a short rule under the slogan,
   * on the right; the place and date in italics under them.
   */
  public static void heading(XWPFDocument doc, Heading h) {
    XWPFTable head = fixedTable(doc, 2, LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN);
    XWPFTableCell left = head.getRow(0).getCell(0);
    XWPFParagraph next = left.getParagraphs().getFirst();
    if (h.issuerParent() != null && !h.issuerParent().isBlank()) {
      for (String line : lines(h.issuerParent())) {
        centre(next);
        run(next, upper(line), false, false, 12);
        next = left.addParagraph();
      }
    }
    // A long body's name is broken where its writer broke it ("ỦY BAN NHÂN DÂN" / "XÃ ĐẠI SƠN").
    List<String> issuerLines = lines(h.issuer());
    for (int i = 0; i < issuerLines.size(); i++) {
      XWPFParagraph p = i == 0 ? next : left.addParagraph();
      centre(p);
      run(p, upper(issuerLines.get(i)), true, false, 12);
    }
    shortRule(left, LEFT_COLUMN, 0.35);

    XWPFTableCell right = head.getRow(0).getCell(1);
    XWPFParagraph motto = right.getParagraphs().getFirst();
    centre(motto);
    run(motto, MOTTO, true, false, 12);
    XWPFParagraph slogan = right.addParagraph();
    centre(slogan);
    run(slogan, SLOGAN, true, false, 13);
    shortRule(right, TEXT_WIDTH - LEFT_COLUMN, 0.55);

    XWPFParagraph number = head.getRow(1).getCell(0).getParagraphs().getFirst();
    centre(number);
    run(number, "Số: " + h.number(), false, false, 13);
    XWPFParagraph date = head.getRow(1).getCell(1).getParagraphs().getFirst();
    centre(date);
    run(date, placeAndDate(h.place(), h.date()), false, true, 13);
  }

  /**
   * "Nơi nhận" with its list on the left, the signer's title, room for the signature and seal, and
   * the signer's name on the right.
   *
   * @param signerTitle e.g. "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (one line each)
   */
  public static void signature(
      XWPFDocument doc, List<String> copiesTo, String signerTitle, @Nullable String signer) {
    XWPFParagraph gap = doc.createParagraph();
    gap.setSpacingAfter(0);
    XWPFTable foot = fixedTable(doc, 1, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
    XWPFTableCell left = foot.getRow(0).getCell(0);
    XWPFParagraph nn = left.getParagraphs().getFirst();
    run(nn, "Nơi nhận:", true, true, 12);
    for (String c : copiesTo) {
      run(left.addParagraph(), "- " + c, false, false, 11);
    }
    XWPFTableCell right = foot.getRow(0).getCell(1);
    XWPFParagraph title = right.getParagraphs().getFirst();
    List<String> lines = lines(upper(signerTitle));
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? title : right.addParagraph();
      centre(p);
      run(p, lines.get(i), true, false, 13);
    }
    XWPFParagraph name = right.addParagraph();
    // Room for the signature and the seal.
    name.setSpacingBefore(1440);
    centre(name);
    run(name, signer == null ? "" : signer.strip(), true, false, 14);
  }

  /**
   * "Đại Sơn, ngày 05 tháng 12 năm 2026": day and month below 10 with a leading zero (Decree 30).
   */
  public static String placeAndDate(@Nullable String place, @Nullable LocalDate date) {
    LocalDate d = date == null ? LocalDate.of(2000, 1, 1) : date;
    String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : "" + d.getDayOfMonth();
    // Decree 30: months 1 and 2 are written 01, 02; the others as they are.
    String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : "" + d.getMonthValue();
    return (place == null || place.isBlank() ? "" : place.strip() + ", ")
        + "ngày "
        + day
        + " tháng "
        + month
        + " năm "
        + d.getYear();
  }

  /** A run in the document's font. */
  public static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    r.setItalic(italic);
    r.setFontFamily(FONT);
    r.setFontSize(size);
    return r;
  }

  /** A paragraph of the body: justified, first line indented 1 cm (the decree's practice). */
  public static XWPFParagraph body(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    p.setSpacingAfter(60);
    run(p, text, false, false, 14);
    return p;
  }

  /** A centred paragraph (the document's kind and title). */
  public static XWPFParagraph centered(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    centre(p);
    if (!text.isEmpty()) {
      run(p, text, bold, false, size);
    }
    return p;
  }

  /** Upper case the Vietnamese way. */
  public static String upper(String s) {
    return s.toUpperCase(Locale.forLanguageTag("vi"));
  }

  /** The non-blank lines of a text typed in Strapi, stripped. */
  public static List<String> lines(@Nullable String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static void centre(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
  }

  /**
   * A rule as long as {@code share} of the column, under the cell's last line: the decree draws it
   * under the issuing body and the slogan, shorter than the column. It is a paragraph of its own, 1
   * pt high, so narrowing it cannot make the text above wrap.
   */
  private static void shortRule(XWPFTableCell cell, int columnWidth, double share) {
    XWPFParagraph p = cell.addParagraph();
    int indent = (int) Math.round(columnWidth * (1 - share) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    p.setSpacingBetween(1, LineSpacingRule.EXACT);
    p.setBorderBottom(Borders.SINGLE);
  }

  /** A borderless table with fixed column widths, so a long line cannot squeeze its neighbour. */
  private static XWPFTable fixedTable(XWPFDocument doc, int rows, int... widths) {
    XWPFTable t = doc.createTable(rows, widths.length);
    t.removeBorders();
    t.setTableAlignment(TableRowAlign.CENTER);
    t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
    t.setWidth(Integer.toString(TEXT_WIDTH));
    CTTblLayoutType layout = t.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = t.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < widths.length; c++) {
        XWPFTableCell cell = t.getRow(r).getCell(c);
        var tcW =
            cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetTcW()
                ? cell.getCTTc().getTcPr().getTcW()
                : cell.getCTTc().addNewTcPr().addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(widths[c]));
      }
    }
    return t;
  }
}
