package vn.thidua.indexer.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the administrative header: "Số: 118/BC-UBND", "Đại Sơn, ngày 26 tháng 10 năm 2026" and the
 * issuing unit above them. Patterns run on the folded text, so a wrong tone mark from OCR does not
 * matter, and the digit slips of OCR (O for 0, l for 1) are repaired.
 */
final class HeaderReader {

  /** The header is near the top: this many lines are searched. */
  private static final int HEADER_LINES = 30;

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![a-z])s[oô0][:;.]?\\s*([0-9oli]{1,6})\\s*/\\s*([a-z0-9đ]+(?:\\s*[-–]\\s*[a-z0-9đ]+)*)");
  private static final Pattern DATE =
      Pattern.compile(
          "ngay\\s*([0-9oli]{1,2})\\s*thang\\s*([0-9oli]{1,2})\\s*na[mn]\\s*([0-9oli]{4})");
  private static final Pattern MOTTO =
      Pattern.compile(
          "cong hoa xa hoi|doc lap|tu do|hanh phuc|^(chu nghia )?(viet )?nam$|^[-_=.*~\\s]+$");
  private static final Pattern SUPERIOR =
      Pattern.compile("^(uy ban nhan dan|ubnd|dang uy|dang bo|huyen uy|so |phong )");

  private HeaderReader() {}

  record Header(
      @Nullable String number,
      @Nullable LocalDate date,
      @Nullable String unitName,
      List<String> uncertain) {}

  static Header read(List<Line> lines, String body, String foldedBody) {
    List<String> uncertain = new ArrayList<>();
    int limit = Math.min(lines.size(), HEADER_LINES);
    String number = null;
    int numberLine = -1;
    LocalDate date = null;
    int dateLine = -1;
    for (int i = 0; i < limit && (number == null || date == null); i++) {
      Line line = lines.get(i);
      if (number == null) {
        Matcher m = NUMBER.matcher(line.folded());
        if (m.find()) {
          String digits = repairDigits(m.group(1));
          if (!digits.equals(m.group(1))) {
            uncertain.add("Số báo cáo đọc được có ký tự lẫn (" + m.group(1) + "), cần kiểm tra.");
          }
          String suffix =
              line.text().substring(m.start(2), m.end(2)).replaceAll("\\s+", "").replace('–', '-');
          number = digits + "/" + suffix.toUpperCase(java.util.Locale.ROOT);
          numberLine = i;
        }
      }
      if (date == null) {
        Matcher m = DATE.matcher(line.folded());
        if (m.find()) {
          dateLine = i;
          try {
            date =
                LocalDate.of(
                    Integer.parseInt(repairDigits(m.group(3))),
                    Integer.parseInt(repairDigits(m.group(2))),
                    Integer.parseInt(repairDigits(m.group(1))));
          } catch (DateTimeException e) {
            uncertain.add("Ngày báo cáo không hợp lệ: " + line.text());
          }
        }
      }
    }
    if (number == null) {
      uncertain.add("Không tìm thấy số báo cáo (Số: …/BC-…).");
    }
    if (date == null && dateLine < 0) {
      uncertain.add("Không tìm thấy ngày báo cáo (ngày … tháng … năm …).");
    }
    int end = numberLine >= 0 ? numberLine : dateLine >= 0 ? dateLine : -1;
    String unit = end > 0 ? unitName(lines.subList(0, end), body, foldedBody) : null;
    if (unit == null) {
      uncertain.add("Không đọc được tên đơn vị ở đầu báo cáo.");
    }
    return new Header(number, date, unit, uncertain);
  }

  private static @Nullable String unitName(List<Line> above, String body, String foldedBody) {
    List<Line> lines = new ArrayList<>();
    for (Line line : above) {
      Matcher motto = MOTTO.matcher(line.folded());
      if (!motto.find()) {
        lines.add(line);
      } else if (motto.start() > 2) {
        // The unit and the motto side by side, as a header table gives them in a PDF.
        lines.add(
            new Line(
                line.text().substring(0, motto.start()).strip(),
                line.folded().substring(0, motto.start()).strip(),
                line.page(),
                false,
                false));
      }
    }
    lines.removeIf(line -> line.text().isEmpty());
    if (lines.isEmpty()) {
      return null;
    }
    if (lines.size() > 1 && SUPERIOR.matcher(lines.getFirst().folded()).find()) {
      lines = lines.subList(1, lines.size());
    }
    String header = String.join(" ", lines.stream().map(Line::text).toList()).strip();
    String folded = String.join(" ", lines.stream().map(Line::folded).toList()).strip();
    if (header.length() < 3) {
      return null;
    }
    // The header is in capitals; the body usually writes the name the way it is spelt.
    int from = foldedBody.indexOf(folded, Math.min(foldedBody.length(), header.length()));
    while (from >= 0) {
      String found = body.substring(from, from + folded.length());
      if (!found.equals(found.toUpperCase(java.util.Locale.ROOT))) {
        return found;
      }
      from = foldedBody.indexOf(folded, from + 1);
    }
    return header;
  }

  static String repairDigits(String s) {
    return s.replace('o', '0')
        .replace('O', '0')
        .replace('l', '1')
        .replace('I', '1')
        .replace('i', '1');
  }
}
