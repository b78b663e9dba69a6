package vn.thidua.indexer.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.facts.ReportFacts.Indicator;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * Reads indicator tables, found by their header row (chỉ tiêu / nội dung, đơn vị tính / ĐVT, kết
 * quả / thực hiện, STT), not by their place. Two shapes of text come out of the extractor and both
 * are read: a cell per line with a white-space line after each row (office formats today), and a
 * row per line, cells separated by {@code |} or only by spaces (PDF). A row broken over lines, or
 * over a page, is joined until its number arrives; a header repeated on the next page is skipped.
 * Without cell boundaries the unit of measure is told from the name by a list of units.
 */
final class IndicatorReader {

  enum Role {
    STT,
    NAME,
    UNIT,
    VALUE,
    /** A column of figures that are not the result: plan, same period last year, comparison. */
    FIGURE,
    OTHER
  }

  private record Phrase(String folded, Role role) {}

  /** Longest first, so "ket qua thuc hien" wins over "ket qua". */
  private static final List<Phrase> PHRASES =
      phrases(
          "ten chi tieu:NAME",
          "noi dung chi tieu:NAME",
          "chi tieu:NAME",
          "noi dung:NAME",
          "danh muc:NAME",
          "don vi tinh:UNIT",
          "dvt:UNIT",
          "don vi:UNIT",
          "ket qua thuc hien:VALUE",
          "ket qua dat duoc:VALUE",
          "ket qua:VALUE",
          "thuc hien:VALUE",
          "so lieu:VALUE",
          "dat duoc:VALUE",
          "gia tri:VALUE",
          "so tt:STT",
          "stt:STT",
          "tt:STT",
          "ke hoach:FIGURE",
          "ghi chu:OTHER",
          "so sanh:FIGURE",
          "cung ky:FIGURE");

  /** Every word of the header phrases: what a cell wrapped over two lines leaves on each. */
  private static final Set<String> HEADER_WORDS =
      PHRASES.stream()
          .flatMap(p -> List.of(p.folded().split(" ")).stream())
          .collect(Collectors.toCollection(java.util.TreeSet::new));

  /** Units of measure that reports use, folded; a unit with "/" (kg/tháng) is known by its form. */
  private static final Set<String> UNITS =
      Set.of(
          "nguoi",
          "luot nguoi",
          "luot",
          "buoi",
          "lop",
          "khoa",
          "%",
          "kg",
          "tan",
          "ha",
          "m2",
          "m²",
          "m3",
          "km",
          "ho",
          "ho gia dinh",
          "sang kien",
          "giai phap",
          "mo hinh",
          "cuoc",
          "dot",
          "cai",
          "chiec",
          "dong",
          "nghin dong",
          "trieu dong",
          "ty dong",
          "cay",
          "thu tuc",
          "ho so",
          "doanh nghiep",
          "don vi",
          "hoc sinh",
          "thon",
          "diem",
          "bai",
          "tin bai",
          "cong trinh",
          "kwh",
          "kwp",
          "lit",
          "gio",
          "lan",
          "camera",
          "trang",
          "van ban",
          "tai khoan",
          "hoi vien",
          "can bo",
          "thanh vien",
          "san pham",
          "ung dung",
          "phan mem",
          "de tai",
          "tram",
          "giao dich",
          "phong",
          "ty le");

  private static final Pattern ROMAN_HEADING =
      Pattern.compile("^(?=[ivxl1|]*[ivx])[ivxl1|]{1,5}\\s*[.)]\\s");
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^((?=[ivxl1|]*[ivx])[ivxl1|]{1,5}|\\d{1,2}|[a-h])\\s*[.)]\\s*(cac |nhung )?");
  private static final Pattern SECTION =
      Pattern.compile(
          "^(sang ki(e|\\s)?n|giai phap|kho khan|vuong mac|de xuat|kien nghi|phuong huong|nhiem vu"
              + "|danh gia chung|ton tai|han che)");
  private static final Pattern HAS_TEXT = Pattern.compile("[\\p{L}\\d%]");
  private static final Pattern UNIT_PER = Pattern.compile("[\\p{L}\\d²³]{1,6}/[\\p{L}\\d ]{1,8}");
  private static final Pattern HEADER_PUNCTUATION = Pattern.compile("[|()\\[\\]:;,.*]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern IGNORED_WORD = Pattern.compile("nam|\\d{4}|\\(?\\d\\)?|%");

  /**
   * A row's number, then its name with a capital ("2 Số người…"); a name wrapped after a figure of
   * its own ("…mức", "2 được kích hoạt") goes on in lower case.
   */
  private static final Pattern STT_START =
      Pattern.compile("([0-9][0-9olI]?|[lI])[.)]?([\\s|]+(?=\\p{Lu})|\\s*$)");

  /**
   * A cell border read by OCR into a "%" cell: "|'%", "['%", "J'%", "'%" (the bar a cell's own).
   */
  private static final Pattern BORDER_PERCENT = Pattern.compile("([|\\[\\]]|[^\\d\\s]?['’])%");

  private static final Pattern LEADING_STT =
      Pattern.compile("^(\\d{1,3}[.)]?|[ivx]{1,4}[.)]|[a-zđ][.)])\\s+");

  private IndicatorReader() {}

  private record Header(List<Role> roles, int lines, boolean cellPerLine) {}

  private record Row(String text, List<String> cells, @Nullable Integer page) {}

  static List<Indicator> read(List<Line> lines) {
    List<Indicator> indicators = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Header header = header(lines, i);
      if (header == null) {
        i++;
        continue;
      }
      i = readTable(lines, i + header.lines(), header, indicators);
    }
    return indicators;
  }

  /** Reads the rows after a header; returns the index of the first line after the table. */
  private static int readTable(List<Line> lines, int start, Header header, List<Indicator> out) {
    List<Row> rows = new ArrayList<>();
    List<Line> pending = new ArrayList<>();
    boolean rowBreaks = header.cellPerLine() && hasRowBreaks(lines, start, header.roles().size());
    // Rows numbered 1, 2, 3… are read as such when the header says so, or when OCR lost the STT
    // heading but the first row still starts with its number.
    boolean numbered =
        !header.cellPerLine()
            && (header.roles().getFirst() == Role.STT || firstRowNumbered(lines, start));
    Integer nextStt = null;
    int i = start;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.rowBreak()) {
        if (rowBreaks && !pending.isEmpty()) {
          rows.add(cellRow(pending));
          pending.clear();
        }
        continue;
      }
      if (line.isPageFurniture() || (line.text().isEmpty() && !header.cellPerLine())) {
        continue;
      }
      Header again = header(lines, i);
      if (again != null && !again.roles().equals(header.roles())) {
        break;
      }
      if (again != null) {
        // The header repeated on the next page: the table goes on.
        i += again.lines() - 1;
        continue;
      }
      if (ends(line)) {
        break;
      }
      if (numbered) {
        // Rows numbered 1, 2, 3…: a row is everything from its number to the next one, whatever
        // the order in which its wrapped cells came out.
        Integer stt = sttOf(line.text());
        if (stt == null && nextStt != null && line.text().length() > 2) {
          // A speck read before the number ("v2 Tỷ lệ…"): only the number expected next counts.
          Integer after = sttOf(line.text().substring(1));
          if (nextStt.equals(after) && !Character.isDigit(line.text().charAt(0))) {
            stt = after;
            line =
                new Line(
                    line.text().substring(1).strip(),
                    line.folded().substring(1).strip(),
                    line.page(),
                    false,
                    line.pageEdge());
          }
        }
        if (nextStt != null
            && !nextStt.equals(stt)
            && !pending.isEmpty()
            && wholeRow(line.text(), header.roles())) {
          // A row of a ruled table read cell by cell (a scan's, PageLayout's): every cell is on
          // this line, so it is a row of its own whatever OCR made of its number ("9" for 5, ";"
          // for 7). Waiting for the number expected joined every row after it into one.
          stt = nextStt;
        }
        if (stt != null && (nextStt == null ? stt <= 2 : stt.equals(nextStt))) {
          // Lines with a figure before row 2 are row 1, whose number OCR did not read ("+ Số…").
          boolean firstUnnumbered = nextStt == null && stt == 2 && hasFigure(pending);
          if (!pending.isEmpty() && (nextStt != null || firstUnnumbered)) {
            rows.add(textRow(pending));
          }
          pending.clear();
          nextStt = stt + 1;
        }
        pending.add(line);
        continue;
      }
      pending.add(line);
      if (header.cellPerLine() && pending.size() > 2 * header.roles().size()) {
        // Far more cells than the header has: the text after the table.
        pending.clear();
        break;
      }
      if (header.cellPerLine()) {
        if (!rowBreaks && pending.size() == header.roles().size()) {
          rows.add(cellRow(pending));
          pending.clear();
        }
        continue;
      }
      Line last = pending.getLast();
      if (complete(last.text(), header.roles().size())) {
        rows.add(textRow(pending));
        pending.clear();
      } else if (pending.size() > 8) {
        // Not a row after all (a paragraph below the table): let the first line go. A name in a
        // narrow column of a PDF takes a line for every two or three words.
        pending.removeFirst();
      }
    }
    if (!pending.isEmpty() && header.cellPerLine()) {
      rows.add(cellRow(pending));
    } else if (!pending.isEmpty() && numbered && nextStt != null) {
      rows.add(textRow(pending));
    }
    String previousUnit = null;
    for (Row row : rows) {
      Indicator indicator = parse(row, header, previousUnit);
      if (indicator != null) {
        out.add(indicator);
        previousUnit = indicator.unit();
      }
    }
    return i;
  }

  /**
   * Whether the table's body starts with row number 1 or 2 within its first three lines (a wrapped
   * header's last word, "2027" or "tiêu hiện", may come first).
   */
  private static boolean firstRowNumbered(List<Line> lines, int start) {
    int seen = 0;
    for (int i = start; i < lines.size() && seen < 3; i++) {
      Line line = lines.get(i);
      if (line.rowBreak() || line.text().isEmpty() || line.isPageFurniture()) {
        continue;
      }
      seen++;
      Integer stt = sttOf(line.text());
      if (stt != null && stt >= 1 && stt <= 2) {
        return true;
      }
    }
    return false;
  }

  /** The start and end of the one run of figures among the tokens (not the first), or null. */
  private static int @Nullable [] onlyRun(List<String> tokens) {
    int[] found = null;
    for (int p = 1; p < tokens.size(); p++) {
      int q = p;
      while (q < tokens.size() && VietnameseNumber.parse(tokens.get(q)) != null) {
        q++;
      }
      if (q > p) {
        if (found != null) {
          return null;
        }
        found = new int[] {p, q};
        p = q;
      }
    }
    return found;
  }

  private static boolean hasFigure(List<Line> lines) {
    for (Line line : lines) {
      for (String token : line.text().split("\\s+")) {
        if (VietnameseNumber.parse(token) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code text} is a whole row of the table between bars: a short first cell (the row's
   * number, however misread), then a name, and a cell for every other column (an empty note may be
   * missing), the last of them a figure. A name wrapped in its cell never leaves such a line.
   */
  private static boolean wholeRow(String text, List<Role> roles) {
    if (!text.contains("|")) {
      return false;
    }
    List<String> cells = Line.cellsBetweenBars(text);
    long notes = roles.stream().filter(r -> r == Role.OTHER).count();
    if (cells.size() < 2
        || cells.size() > roles.size()
        || cells.size() < roles.size() - notes
        || roles.getFirst() != Role.STT
        || cells.getFirst().length() > 3
        || cells.getFirst().chars().anyMatch(Character::isLetter)
        || !Character.isLetter(cells.get(1).charAt(0))) {
      return false;
    }
    String[] last = cells.getLast().split("\\s+");
    return VietnameseNumber.parse(last[last.length - 1]) != null;
  }

  /** The row number a line starts with (OCR's l or I for 1 repaired), or null. */
  private static @Nullable Integer sttOf(String text) {
    java.util.regex.Matcher m = STT_START.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    return Integer.valueOf(HeaderReader.repairDigits(m.group(1)));
  }

  private static boolean hasRowBreaks(List<Line> lines, int start, int columns) {
    for (int i = start; i < Math.min(lines.size(), start + columns * 3); i++) {
      if (lines.get(i).rowBreak()) {
        return true;
      }
    }
    return false;
  }

  private static Row cellRow(List<Line> cells) {
    List<String> texts = cells.stream().map(Line::text).toList();
    return new Row(String.join(" ", texts), texts, cells.getFirst().page());
  }

  private static Row textRow(List<Line> lines) {
    String text = String.join(" ", lines.stream().map(Line::text).toList());
    List<String> cells =
        text.contains("|")
            ? List.of(text.split("\\s*\\|\\s*")).stream().filter(c -> !c.isBlank()).toList()
            : List.of();
    return new Row(
        text.replace('|', ' ').replaceAll("\\s+", " ").strip(), cells, lines.getFirst().page());
  }

  /** A row line ends with its number, or has all its cells. */
  private static boolean complete(String text, int columns) {
    String[] cells = text.split("\\|");
    if (cells.length >= columns && !cells[cells.length - 1].isBlank()) {
      return true;
    }
    String[] tokens = text.replace('|', ' ').strip().split("\\s+");
    return VietnameseNumber.parse(tokens[tokens.length - 1]) != null
        || (tokens.length > 1
            && tokens[tokens.length - 1].equals("%")
            && VietnameseNumber.parse(tokens[tokens.length - 2]) != null);
  }

  /**
   * The next section: a heading numbered in Roman figures, or a short heading (numbered, or in
   * capitals) that names a section that follows the table in reports. A row whose name starts with
   * the same words ("Sáng kiến được công nhận") ends with its number, so it is not taken for one.
   */
  private static boolean ends(Line line) {
    String f = line.folded();
    if (ROMAN_HEADING.matcher(f).find()) {
      return true;
    }
    var numbered = NUMBERED.matcher(f);
    boolean hasNumber = numbered.lookingAt();
    String rest = hasNumber ? f.substring(numbered.end()) : f;
    boolean capitals =
        line.text().equals(line.text().toUpperCase(Locale.ROOT))
            && line.text().chars().filter(Character::isLetter).count() > 5;
    return f.length() <= 100
        && (hasNumber || capitals)
        && SECTION.matcher(rest).find()
        && !complete(line.text(), Integer.MAX_VALUE);
  }

  private static @Nullable Indicator parse(Row row, Header header, @Nullable String previousUnit) {
    List<Role> roles = header.roles();
    if (!row.cells().isEmpty() && row.cells().size() >= 2) {
      return fromCells(row, roles, previousUnit);
    }
    return fromText(row, roles, previousUnit);
  }

  private static @Nullable Indicator fromCells(
      Row row, List<Role> roles, @Nullable String previousUnit) {
    List<String> cells = new ArrayList<>(row.cells());
    int nameAt = roles.indexOf(Role.NAME);
    if (cells.size() > roles.size() && nameAt >= 0) {
      // A name written over several lines inside its cell.
      int extra = cells.size() - roles.size();
      String name = String.join(" ", cells.subList(nameAt, nameAt + extra + 1));
      cells.subList(nameAt, nameAt + extra + 1).clear();
      cells.add(nameAt, name);
    }
    if (cells.size() != roles.size()) {
      // Merged cells: fall back on reading the row as words.
      return fromText(row, roles, previousUnit);
    }
    String name = nameAt >= 0 ? cells.get(nameAt) : "";
    int unitAt = roles.indexOf(Role.UNIT);
    int valueAt = roles.indexOf(Role.VALUE);
    if (name.isBlank() || valueAt < 0) {
      return null;
    }
    String unit = unitAt >= 0 ? ocrUnit(cells.get(unitAt).strip()) : null;
    if (unit != null && unit.isEmpty()) {
      // A unit merged down over several rows is written in the first only.
      unit = previousUnit;
    }
    VietnameseNumber number = VietnameseNumber.parse(cells.get(valueAt).replace(" %", "%"));
    if (number != null && number.percent() && unit == null) {
      unit = "%";
    }
    return new Indicator(
        clean(name),
        unit,
        number == null ? null : number.value(),
        row.page(),
        number == null || number.uncertain());
  }

  private static @Nullable Indicator fromText(
      Row row, List<Role> roles, @Nullable String previousUnit) {
    List<String> tokens = new ArrayList<>(List.of(row.text().split("\\s+")));
    // OCR's stray marks ("_", "—") between the words.
    tokens.removeIf(t -> !HAS_TEXT.matcher(t).find());
    tokens.replaceAll(IndicatorReader::ocrUnit);
    if (tokens.size() > 1 && (roles.contains(Role.STT) || tokens.size() > 2)) {
      String first = VietnameseText.fold(tokens.getFirst());
      if (LEADING_STT.matcher(first + " ").matches()) {
        tokens.removeFirst();
      }
    }
    int unitAt = roles.indexOf(Role.UNIT);
    int valueAt = roles.indexOf(Role.VALUE);
    // The columns of figures, in order: the result and the others (plan, last year); a note is not
    // one.
    List<Role> numeric = roles.stream().filter(r -> r == Role.VALUE || r == Role.FIGURE).toList();
    int numericColumns = numeric.size();
    // The figures: a run of numbers right after a unit of measure. They are mostly last, but OCR
    // reads a wrapped name's next lines after the figures of its first line, so words may follow.
    int start = -1;
    int end = -1;
    int unitStart = -1;
    if (unitAt >= 0) {
      for (int p = 1; p < tokens.size(); p++) {
        int q = p;
        while (q < tokens.size() && VietnameseNumber.parse(tokens.get(q)) != null) {
          q++;
        }
        if (q > p) {
          int u = unitBefore(tokens, p);
          if (u > 0) {
            start = p;
            end = q;
            unitStart = u;
          }
          p = q;
        }
      }
    }
    boolean unitFromAbove = false;
    if (start < 0 && unitAt >= 0 && previousUnit != null) {
      // No unit beside the figures: a unit cell merged down from the row above (written once) —
      // or one OCR lost, so the unit taken from above is flagged. One run of figures only.
      int[] run = onlyRun(tokens);
      if (run != null) {
        start = run[0];
        end = run[1];
        unitFromAbove = true;
      }
    }
    if (start < 0) {
      end = tokens.size();
      start = end;
      while (start > 0 && VietnameseNumber.parse(tokens.get(start - 1)) != null) {
        start--;
      }
      unitStart = unitAt >= 0 && start > 1 ? unitBefore(tokens, start) : -1;
    }
    if (start == 0 || tokens.isEmpty()) {
      return null;
    }
    List<VietnameseNumber> numbers = new ArrayList<>();
    for (String t : tokens.subList(start, end)) {
      numbers.add(VietnameseNumber.parse(t));
    }
    VietnameseNumber number = null;
    boolean uncertain = false;
    int figures = (int) numeric.stream().filter(r -> r == Role.FIGURE).count();
    if (!numbers.isEmpty()) {
      int index = numbers.size() - 1;
      if (numbers.size() == numericColumns && valueAt >= 0) {
        index = numeric.indexOf(Role.VALUE);
      } else if (figures > 0 && numbers.size() <= figures) {
        // Fewer figures than columns beside a plan column (a result cell OCR could not read, or a
        // header that lost its result column): the figure read may be the plan. Say so.
        index = -1;
        uncertain = true;
      } else if (numbers.size() > 1) {
        uncertain = true;
      }
      number = index < 0 ? null : numbers.get(Math.max(0, Math.min(index, numbers.size() - 1)));
    }
    String unit = unitStart > 0 ? String.join(" ", tokens.subList(unitStart, start)) : null;
    if (unit != null
        && !unit.equals("%")
        && VietnameseText.fold(String.join(" ", tokens.subList(0, unitStart)))
            .startsWith("ty le")) {
      // A rate ("Tỷ lệ …") is a percentage: a unit word before its figure ("Tỷ lệ giao dịch 82",
      // the "%" merged above or lost) is its name's, and the unit is only what the row above says.
      unitStart = -1;
      unit = "%".equals(previousUnit) ? previousUnit : null;
      uncertain = true;
    }
    if (unit == null && number != null && number.percent()) {
      unit = "%";
    }
    if (unit == null && unitFromAbove) {
      unit = previousUnit;
      uncertain = true;
    }
    if (unit == null && unitAt >= 0) {
      uncertain = true;
    }
    List<String> nameTokens = new ArrayList<>(tokens.subList(0, unitStart > 0 ? unitStart : start));
    nameTokens.addAll(tokens.subList(end, tokens.size()));
    String name = clean(String.join(" ", nameTokens));
    if (name.isEmpty() || !name.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    return new Indicator(
        name,
        unit,
        number == null ? null : number.value(),
        row.page(),
        uncertain || number == null || number.uncertain());
  }

  /**
   * A unit as OCR misreads it: the cell's border glued to "%" ("|'%", "J'%"), "m?" for m² (the
   * superscript is lost). Anything else is left as it is.
   */
  private static String ocrUnit(String token) {
    if (BORDER_PERCENT.matcher(token).matches()) {
      return "%";
    }
    return token.equals("m?") ? "m²" : token;
  }

  /** Where a unit of measure ending just before {@code p} starts, or -1; a name stays before it. */
  private static int unitBefore(List<String> tokens, int p) {
    for (int k = Math.min(3, p - 1); k >= 1; k--) {
      String folded = VietnameseText.fold(String.join(" ", tokens.subList(p - k, p)));
      if (UNITS.contains(folded) || (k == 1 && UNIT_PER.matcher(folded).matches())) {
        return p - k;
      }
    }
    return -1;
  }

  private static String clean(String name) {
    return name.replaceAll("\\s+", " ").replaceAll("^[-–•*+.:|\\s]+|[-–:|\\s]+$", "").strip();
  }

  /** The header row starting at line {@code i}, or null. */
  private static @Nullable Header header(List<Line> lines, int i) {
    Line line = lines.get(i);
    if (line.rowBreak() || line.folded().length() > 120) {
      return null;
    }
    List<Role> roles = new ArrayList<>();
    int leftover = rolesOf(line.folded(), roles);
    // A heading such as "2. Kết quả các chỉ tiêu" names two roles too: it has other words.
    if ((leftover == 0 || (leftover == 1 && roles.size() >= 3))
        && roles.size() >= 2
        && valid(roles)) {
      return new Header(roles, 1, false);
    }
    if (leftover == 0 && roles.size() == 1) {
      // A cell per line: the header's cells follow one another.
      int n = 1;
      while (i + n < lines.size()) {
        Line next = lines.get(i + n);
        List<Role> more = new ArrayList<>();
        if (next.rowBreak() || rolesOf(next.folded(), more) != 0 || more.size() != 1) {
          break;
        }
        roles.addAll(more);
        n++;
      }
      if (roles.size() >= 2 && valid(roles)) {
        return new Header(roles, n, true);
      }
    }
    return wrappedHeader(lines, i);
  }

  /**
   * A header row whose cells wrap in narrow PDF columns ("STT Nội dung chỉ", "tiêu", "ĐVT Kế hoạch
   * Kết quả thực", "hiện"): the lines joined read as one header.
   */
  private static @Nullable Header wrappedHeader(List<Line> lines, int i) {
    StringBuilder joined = new StringBuilder();
    Header found = null;
    int used = 0;
    for (int k = i; k < lines.size() && used < 6; k++) {
      Line line = lines.get(k);
      if (line.rowBreak() || line.text().isEmpty()) {
        continue;
      }
      if (line.text().length() > 60) {
        break;
      }
      joined.append(line.folded()).append(' ');
      used++;
      List<Role> roles = new ArrayList<>();
      int leftover = rolesOf(joined.toString(), roles, true);
      if (leftover >= 2) {
        break;
      }
      if (leftover == 0 && roles.size() >= 3 && valid(roles)) {
        found = new Header(roles, k - i + 1, false);
      }
    }
    return found;
  }

  private static boolean valid(List<Role> roles) {
    int name = roles.indexOf(Role.NAME);
    int value = roles.indexOf(Role.VALUE);
    return name >= 0 && (value > name || (value < 0 && roles.contains(Role.UNIT)));
  }

  private static int rolesOf(String folded, List<Role> roles) {
    return rolesOf(folded, roles, false);
  }

  /**
   * Adds the roles of the header phrases in {@code folded}; returns how many other words it has.
   * OCR's slips in a header word are repaired first: two words run together ("dungchi"), a letter
   * too many, missing or wrong ("tdvt", "ddvt" for "dvt"). With {@code fragments}, words of a
   * header phrase left alone (the "chi" of "Nội dung chỉ" whose "tiêu" wrapped to the next line)
   * are not counted as other words.
   */
  private static int rolesOf(String folded, List<Role> roles, boolean fragments) {
    String s =
        repairHeaderWords(
            SPACES
                .matcher(HEADER_PUNCTUATION.matcher(folded).replaceAll(" "))
                .replaceAll(" ")
                .strip());
    int leftover = 0;
    int p = 0;
    while (p < s.length()) {
      Phrase match = null;
      for (Phrase phrase : PHRASES) {
        if (s.startsWith(phrase.folded(), p)
            && (p + phrase.folded().length() == s.length()
                || s.charAt(p + phrase.folded().length()) == ' ')) {
          match = phrase;
          break;
        }
      }
      int next;
      if (match != null) {
        roles.add(match.role());
        next = p + match.folded().length();
      } else {
        int space = s.indexOf(' ', p);
        String word = s.substring(p, space < 0 ? s.length() : space);
        if (!IGNORED_WORD.matcher(word).matches() && !(fragments && HEADER_WORDS.contains(word))) {
          leftover++;
        }
        next = space < 0 ? s.length() : space;
      }
      p = next + 1;
    }
    return leftover;
  }

  private static String repairHeaderWords(String s) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ")) {
      out.append(out.isEmpty() ? "" : " ").append(repairHeaderWord(word));
    }
    return out.toString();
  }

  private static String repairHeaderWord(String word) {
    if (HEADER_WORDS.contains(word) || IGNORED_WORD.matcher(word).matches()) {
      return word;
    }
    for (int i = 2; i <= word.length() - 2; i++) {
      if (HEADER_WORDS.contains(word.substring(0, i)) && HEADER_WORDS.contains(word.substring(i))) {
        return word.substring(0, i) + " " + word.substring(i);
      }
    }
    if (word.length() >= 3) {
      for (String known : HEADER_WORDS) {
        if (known.length() >= 3 && oneEditApart(word, known)) {
          return known;
        }
      }
    }
    return word;
  }

  /** One letter added, removed or changed turns {@code a} into {@code b}. */
  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }

  private static List<Phrase> phrases(String... specs) {
    return List.of(specs).stream()
        .map(
            s ->
                new Phrase(
                    s.substring(0, s.indexOf(':')), Role.valueOf(s.substring(s.indexOf(':') + 1))))
        .sorted((a, b) -> b.folded().length() - a.folded().length())
        .collect(Collectors.toUnmodifiableList());
  }

  static String foldedName(String name) {
    return VietnameseText.normalizeAndFold(name)
        .replaceAll("[^\\p{L}\\d%]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  static BigDecimal zero() {
    return BigDecimal.ZERO;
  }
}
