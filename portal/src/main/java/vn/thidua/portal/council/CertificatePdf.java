package vn.thidua.portal.council;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.council.CouncilContent.DecisionEntry;
import vn.thidua.portal.council.CouncilContent.ProposalEntry;

/**
 * Certificates (giấy khen, bằng khen) as PDF, one landscape A4 page per recipient, in DejaVu Serif
 * embedded from the portal's own resources (so a server without fonts prints the same, and every
 * Vietnamese letter has its glyph). The wording, issuer and signer come from the decision, whose
 * defaults come from the plan in Strapi.
 */
final class CertificatePdf {

  private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String SLOGAN = "Độc lập - Tự do - Hạnh phúc";

  private CertificatePdf() {}

  /** The certificate's heading from the form's name: a "Bằng khen" form prints BẰNG KHEN. */
  static String heading(String form) {
    String lower = form.toLowerCase(Locale.forLanguageTag("vi"));
    if (lower.contains("bằng khen")) return "BẰNG KHEN";
    if (lower.contains("cờ thi đua")) return "CỜ THI ĐUA";
    return "GIẤY KHEN";
  }

  /** Writes one page per proposal. */
  static void write(
      DecisionEntry d, List<ProposalEntry> recipients, String communeName, OutputStream out) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font regular = font(doc, "DejaVuSerif.ttf");
      PDType0Font bold = font(doc, "DejaVuSerif-Bold.ttf");
      PDType0Font italic = font(doc, "DejaVuSerif-Italic.ttf");
      String issuer =
          d.issuer() == null || d.issuer().isBlank()
              ? "Ủy ban nhân dân " + communeName
              : d.issuer().strip();
      String signerTitle =
          d.signerTitle() == null || d.signerTitle().isBlank()
              ? "Chủ tịch"
              : d.signerTitle().strip();
      for (ProposalEntry p : recipients) {
        PDPage page =
            new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        doc.addPage(page);
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          c.setLineWidth(3);
          c.setStrokingColor(0.6f, 0.1f, 0.1f);
          c.addRect(24, 24, w - 48, h - 48);
          c.stroke();
          c.setLineWidth(1);
          c.addRect(32, 32, w - 64, h - 64);
          c.stroke();
          float y = h - 80;
          centre(c, bold, 14, MOTTO, w, y);
          centre(c, bold, 13, SLOGAN, w, y -= 20);
          y -= 40;
          centre(c, bold, 16, upper(signerTitle + " " + issuer), w, y);
          centre(c, regular, 14, "TẶNG", w, y -= 34);
          c.setNonStrokingColor(0.7f, 0.05f, 0.05f);
          centre(c, bold, 40, heading(p.awardForm()), w, y -= 50);
          c.setNonStrokingColor(0f, 0f, 0f);
          // A person: the name large, then position and unit on a line of their own.
          String name = p.person() != null ? p.person().fullName() : p.recipientName();
          for (String line : wrap(name, bold, 24, w - 160)) {
            centre(c, bold, 24, line, w, y -= 40);
          }
          if (p.unit() == null && p.person() != null && !p.person().standing().isBlank()) {
            for (String line : wrap(p.person().standing(), regular, 15, w - 200)) {
              centre(c, regular, 15, line, w, y -= 24);
            }
          }
          String wording =
              d.certificateWording() != null && !d.certificateWording().isBlank()
                  ? d.certificateWording().strip()
                  : "Đã có thành tích xuất sắc trong phong trào thi đua năm " + d.year() + ".";
          y -= 10;
          for (String line : wrap(wording, italic, 15, w - 200)) {
            centre(c, italic, 15, line, w, y -= 24);
          }
          float right = w * 0.72f;
          float sy = 150;
          centreAt(c, italic, 13, DecisionDocument.placeAndDate(d.place(), d.date()), right, sy);
          centreAt(c, bold, 13, upper(signerTitle), right, sy - 20);
          centreAt(c, bold, 14, d.signer() == null ? "" : d.signer(), right, sy - 100);
          text(c, regular, 11, "Số: " + d.number(), 70, 70);
        }
      }
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDType0Font font(PDDocument doc, String name) throws IOException {
    try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) {
        throw new IOException("font missing from the portal's resources: " + name);
      }
      // Subset embedded: the glyphs used, Vietnamese diacritics included.
      return PDType0Font.load(doc, in, true);
    }
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.forLanguageTag("vi"));
  }

  private static List<String> wrap(String text, PDType0Font font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String next = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(next) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (!line.isEmpty()) lines.add(line.toString());
    return lines;
  }

  private static void centre(
      PDPageContentStream c, PDType0Font font, float size, String s, float pageWidth, float y)
      throws IOException {
    centreAt(c, font, size, s, pageWidth / 2, y);
  }

  private static void centreAt(
      PDPageContentStream c, PDType0Font font, float size, @Nullable String s, float x, float y)
      throws IOException {
    if (s == null || s.isEmpty()) return;
    float width = font.getStringWidth(s) / 1000 * size;
    text(c, font, size, s, x - width / 2, y);
  }

  private static void text(
      PDPageContentStream c, PDType0Font font, float size, String s, float x, float y)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    // Text typed in NFD would ask the font for lone combining marks: print the composed letters.
    c.showText(Normalizer.normalize(s, Normalizer.Form.NFC));
    c.endText();
  }
}
