package vn.thidua.indexer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.facts.ReportFacts.Initiative;

/**
 * Reads the initiatives a report lists: the items (1., 2., a), -, •) of the section whose heading
 * names initiatives (sáng kiến, giải pháp, mô hình), each item joined over the lines it was broken
 * into, or the rows of a table there whose header names the initiative ("Tên sáng kiến", "Nội
 * dung") and may name its field ("Lĩnh vực"); a PDF's or a scan's table comes out one row per line,
 * its cells between bars. The title runs to the field in brackets ("(Chuyển đổi số)") or to the
 * first full stop; the field is also read from "Lĩnh vực: …". Field names are compared folded and
 * with up to two wrong letters, which is what OCR does to them.
 */
final class InitiativeReader {

  /**
   * A heading names initiatives and little else ("III. Sáng kiến, giải pháp tiêu biểu", "C. CÁC MÔ
   * HÌNH ĐIỂN HÌNH"); an item that starts with the same words ("a) Mô hình phân loại rác …") goes
   * on with words of its own. OCR may drop the "ế" of "SÁNG KIẾN" ("SÁNG KI N").
   */
  private static final Pattern HEADING =
      Pattern.compile(
          "^(((?=[ivxl1|]*[ivx])[ivxl1|]{1,5}|\\d{1,2}|[a-h])\\s*[.)]\\s*)?(cac |nhung |mot so )?"
              + "(sang ki(e|\\s)?n|giai phap|mo hinh)([ ,;:&/-]|va|tieu bieu|noi bat|dien hinh|da|duoc"
              + "|trien khai|thuc hien|ap dung|sang kien|giai phap|mo hinh|cach lam hay|cua"
              + "|don vi|nam|\\d{4})*$");

  private static final Pattern ROMAN_HEADING =
      Pattern.compile("^(?=[ivxl1|]*[ivx])[ivxl1|]{1,5}\\s*[.)]\\s");
  private static final Pattern NEXT_SECTION =
      Pattern.compile(
          "^(\\d{1,2}|[a-e])\\s*[.)]\\s*(kho khan|de xuat|kien nghi|phuong huong|nhiem vu|danh gia"
              + "|ket luan|to chuc thuc hien|ton tai)");

  /** The report's closing: "Trên đây là báo cáo …", then "Nơi nhận:" and its list of bodies. */
  private static final Pattern CLOSING = Pattern.compile("^(noi nhan|tren day (la )?bao cao)");

  private static final Pattern ITEM = Pattern.compile("^(\\d{1,2}\\s*[.)]|[a-zđ]\\)|[-–•+*])\\s*");
  private static final Pattern FIELD_LABEL =
      Pattern.compile("[(;,.]?\\s*\\(?linh vuc\\s*[:：-]?\\s*([\\p{L} ,]{3,30}?)\\s*(\\)|[.;]|$)");
  private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{3,40})\\)");

  private static final List<String[]> FIELDS =
      List.of(
          new String[] {"chuyen_doi_so", "chuyen doi so"},
          new String[] {"chuyen_doi_xanh", "chuyen doi xanh"},
          new String[] {"doi_moi_sang_tao", "doi moi sang tao"},
          new String[] {"khoa_hoc_cong_nghe", "khoa hoc cong nghe"},
          new String[] {"khoa_hoc_cong_nghe", "khoa hoc va cong nghe"});

  private InitiativeReader() {}

  static List<Initiative> read(List<Line> lines) {
    List<Initiative> initiatives = new ArrayList<>();
    boolean inSection = false;
    // A table of a row per line (PDF, scan: cells between bars) or of a cell per line (office
    // formats: Tika ends each row with a line of white space, a row break).
    @Nullable TableHeader rowTable = null;
    @Nullable TableHeader cellTable = null;
    List<Line> cellLines = new ArrayList<>();
    List<Line> item = new ArrayList<>();
    for (Line line : lines) {
      if (line.rowBreak()) {
        if (inSection && cellLines.size() >= 2) {
          List<String> cells = cellLines.stream().map(Line::text).toList();
          if (cellTable == null) {
            cellTable = TableHeader.of(cells);
            if (cellTable != null) {
              item.removeAll(cellLines);
            }
          } else {
            Initiative row = cellTable.read(cells, cellLines.getFirst().page());
            if (row != null) {
              item.removeAll(cellLines);
              initiatives.add(row);
            }
          }
        }
        cellLines.clear();
        continue;
      }
      if (line.isPageFurniture()) {
        continue;
      }
      String f = line.folded();
      Matcher heading = HEADING.matcher(f);
      if (f.length() < 120 && heading.find() && (heading.group(1) != null || capitals(line))) {
        flush(item, initiatives);
        inSection = true;
        rowTable = null;
        cellTable = null;
        cellLines.clear();
        continue;
      }
      if (!inSection) {
        continue;
      }
      if (line.text().indexOf('|') >= 0) {
        List<String> cells = Line.cellsBetweenBars(line.text());
        TableHeader header = rowTable == null ? TableHeader.of(cells) : null;
        if (header != null) {
          flush(item, initiatives);
          rowTable = header;
          continue;
        }
        if (rowTable != null) {
          flush(item, initiatives);
          Initiative row = rowTable.read(cells, line.page());
          if (row != null) {
            initiatives.add(row);
          }
          continue;
        }
      }
      if (ROMAN_HEADING.matcher(f).find()
          || CLOSING.matcher(f).find()
          || (capitals(line) && !TableHeader.TITLE.matcher(f).matches())
          || (f.length() < 80 && NEXT_SECTION.matcher(f).find())) {
        flush(item, initiatives);
        inSection = false;
        rowTable = null;
        cellTable = null;
        cellLines.clear();
        continue;
      }
      // A table of a row per line ends where its rows do.
      rowTable = null;
      cellLines.add(line);
      if (ITEM.matcher(line.text()).lookingAt()) {
        flush(item, initiatives);
      }
      item.add(line);
    }
    flush(item, initiatives);
    return initiatives;
  }

  private static boolean capitals(Line line) {
    return line.text().equals(line.text().toUpperCase(Locale.ROOT))
        && line.text().chars().filter(Character::isLetter).count() > 5;
  }

  private static void flush(List<Line> item, List<Initiative> out) {
    if (item.isEmpty()) {
      return;
    }
    Integer page = item.getFirst().page();
    String text = String.join(" ", item.stream().map(Line::text).toList()).strip();
    item.clear();
    Matcher bullet = ITEM.matcher(text);
    if (!bullet.lookingAt()) {
      // Text before the first item: an introduction, not an initiative.
      return;
    }
    text = text.substring(bullet.end()).strip();
    if (text.length() < 5) {
      return;
    }
    String folded = vn.thidua.indexer.folding.VietnameseText.fold(text);
    String field = null;
    String title;
    String detail;
    Matcher bracket = BRACKETS.matcher(folded);
    int fieldStart = -1;
    int fieldEnd = -1;
    while (bracket.find()) {
      String found = fieldOf(bracket.group(1));
      if (found != null) {
        field = found;
        fieldStart = bracket.start();
        fieldEnd = bracket.end();
      }
    }
    if (field == null) {
      Matcher label = FIELD_LABEL.matcher(folded);
      if (label.find()) {
        field = fieldOf(label.group(1));
        if (field != null) {
          fieldStart = label.start();
          fieldEnd = label.end();
        }
      }
    }
    if (field != null && fieldStart > 0) {
      title = text.substring(0, fieldStart);
      detail = text.substring(fieldEnd);
      if (title.contains(": ") && title.indexOf(": ") > 10) {
        // "Title: detail (Lĩnh vực: …)"
        detail = title.substring(title.indexOf(": ") + 2) + " " + detail;
        title = title.substring(0, title.indexOf(": "));
      }
    } else {
      String rest =
          field != null ? text.substring(0, fieldStart < 0 ? text.length() : fieldStart) : text;
      int stop = firstStop(rest);
      title = stop < 0 ? rest : rest.substring(0, stop);
      detail = stop < 0 ? "" : rest.substring(stop + 1);
    }
    out.add(new Initiative(trim(title), field, trim(detail), page));
  }

  private static boolean isNumber(String cell) {
    return cell.length() <= 3 && cell.chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }

  /**
   * The header of a table of initiatives: where the number (STT, TT), the name (Tên sáng kiến, Tên
   * giải pháp, Tên mô hình, Nội dung) and the field (Lĩnh vực) stand, among {@code size} cells.
   */
  private record TableHeader(int size, int number, int title, int field) {

    private static final Pattern TITLE =
        Pattern.compile(
            "^(ten\\b.*|(cac |noi dung )?(sang kien|giai phap|mo hinh)\\b.*|noi dung.*)$");

    static @Nullable TableHeader of(List<String> cells) {
      int number = -1;
      int title = -1;
      int field = -1;
      for (int i = 0; i < cells.size(); i++) {
        String f = vn.thidua.indexer.folding.VietnameseText.fold(cells.get(i));
        if (f.equals("stt") || f.equals("tt")) {
          number = number < 0 ? i : number;
        } else if (f.startsWith("linh vuc")) {
          field = field < 0 ? i : field;
        } else if (title < 0 && f.length() <= 40 && TITLE.matcher(f).matches()) {
          title = i;
        }
      }
      return cells.size() >= 2 && title >= 0
          ? new TableHeader(cells.size(), number, title, field)
          : null;
    }

    /**
     * The row's initiative, or null when its cells cannot be matched to the header's with
     * confidence. A row whose number OCR lost has one cell fewer, the number's.
     */
    @Nullable Initiative read(List<String> cells, @Nullable Integer page) {
      int shift;
      if (cells.size() == size) {
        shift = 0;
      } else if (cells.size() == size - 1 && number == 0 && !isNumber(cells.getFirst())) {
        shift = -1;
      } else {
        return null;
      }
      if (number >= 0 && shift == 0 && !isNumber(cells.get(number))) {
        return null;
      }
      String name = trim(cells.get(title + shift));
      if (name.length() < 5) {
        return null;
      }
      String fieldValue =
          field < 0
              ? null
              : fieldOf(vn.thidua.indexer.folding.VietnameseText.fold(cells.get(field + shift)));
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int at = i + shift;
        if (i != number && i != title && i != field && at >= 0 && at < cells.size()) {
          rest.add(cells.get(at));
        }
      }
      return new Initiative(name, fieldValue, trim(String.join("; ", rest)), page);
    }
  }

  /** The end of the first sentence or of a "title: detail" head; -1 when the text is one piece. */
  private static int firstStop(String text) {
    Matcher m = Pattern.compile("[.:;](\\s|$)").matcher(text);
    return m.find() ? m.start() : -1;
  }

  private static String trim(String s) {
    return s.replaceAll("\\s+", " ").replaceAll("^[\\s.:;,–—-]+|[\\s.:;,–—-]+$", "");
  }

  /** The content type's field value for a folded field name, tolerating OCR's slips. */
  static @Nullable String fieldOf(String foldedName) {
    String name = foldedName.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    if (name.startsWith("linh vuc")) {
      name = name.substring("linh vuc".length()).strip();
    }
    String best = null;
    int bestDistance = 3;
    for (String[] field : FIELDS) {
      int d = distance(name, field[1]);
      if (d < bestDistance) {
        bestDistance = d;
        best = field[0];
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
