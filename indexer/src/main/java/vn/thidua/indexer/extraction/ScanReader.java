package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of scanned pages: each page prepared by {@link OcrPagePreparer}, then read by
 * {@link Tesseract}. Pictures sent on their own (PNG, JPEG, TIFF with all its frames) come here
 * too.
 */
final class ScanReader {

  /** An A3 page at 600 dpi is 70 million pixels. */
  private static final long MAX_PIXELS = 80_000_000L;

  private final Tesseract tesseract;
  private final Duration pageLimit;

  ScanReader(String languages, Duration pageLimit) {
    this.tesseract = new Tesseract(languages);
    this.pageLimit = pageLimit;
  }

  /**
   * The text of one scanned page of resolution {@code dpi} (0 when unknown), within the page limit
   * and what is left of {@code deadlineNanos}: lines as Tesseract read them, except that a ruled
   * table is read cell by cell like a text PDF's ({@link PageLayout}), its rules found in the
   * picture by {@link ScanRulings}.
   */
  List<PageLayout.Block> read(BufferedImage page, int dpi, long deadlineNanos) throws IOException {
    int known = dpi > 0 ? dpi : OcrPagePreparer.guessDpi(page);
    OcrPagePreparer.Prepared ready = OcrPagePreparer.prepare(page, known);
    BufferedImage prepared = ready.image();
    int preparedDpi = ready.dpi();
    long left = Math.max(1_000_000_000L, deadlineNanos - System.nanoTime());
    Duration limit =
        pageLimit.compareTo(Duration.ofNanos(left)) < 0 ? pageLimit : Duration.ofNanos(left);
    List<Tesseract.Word> words = tesseract.read(prepared, preparedDpi, limit);
    return layout(words, ScanRulings.find(prepared), preparedDpi);
  }

  /**
   * The page's text from the words Tesseract read and the rules found in the picture (both in
   * pixels of a page at {@code dpi}): a ruled table cell by cell, one row per line; without a
   * table, Tesseract's own lines.
   */
  static List<PageLayout.Block> layout(
      List<Tesseract.Word> read, List<PageLayout.Ruling> rulingsInPixels, int dpi) {
    List<Tesseract.Word> words =
        withCaseRepaired(withGluedSyllablesSplit(withoutRules(read, rulingsInPixels)));
    // In points, as PageLayout's tolerances are.
    float scale = 72f / dpi;
    List<PageLayout.Ruling> rulings = new ArrayList<>();
    for (PageLayout.Ruling r : rulingsInPixels) {
      rulings.add(
          new PageLayout.Ruling(
              r.vertical(), r.position() * scale, r.from() * scale, r.to() * scale));
    }
    List<PageLayout.Glyph> glyphs = new ArrayList<>();
    for (Tesseract.Word w : words) {
      // A word stands on its line's bottom, not its own: a bullet's dash or an en dash is a small
      // box in the middle of the line, and by its own bottom it made a line of its own, put after
      // the line it begins ("Kinh phí… hạn chế." then "-").
      glyphs.add(
          new PageLayout.Glyph(
              w.text() + " ",
              w.left() * scale,
              w.lineBottom() * scale,
              w.width() * scale,
              (w.lineBottom() - w.top()) * scale,
              null));
    }
    List<PageLayout.Block> layout = PageLayout.blocks(glyphs, rulings, PdfPageReader::decode);
    if (layout.stream().anyMatch(PageLayout.Block::row)) {
      return layout;
    }
    // No ruled table: Tesseract's own lines, which follow columns and indents better than
    // baselines; a table without rules among them is read cell by cell.
    List<PageLayout.Block> lines = new ArrayList<>();
    List<List<PageLayout.Glyph>> glyphLines = new ArrayList<>();
    String line = "";
    StringBuilder text = new StringBuilder();
    float top = 0;
    for (int k = 0; k < words.size(); k++) {
      Tesseract.Word w = words.get(k);
      if (!w.line().equals(line)) {
        if (!text.isEmpty()) {
          lines.add(new PageLayout.Block(top, List.of(text.toString()), false));
        }
        text.setLength(0);
        line = w.line();
        top = w.top() * scale;
        glyphLines.add(new ArrayList<>());
      } else {
        text.append(' ');
      }
      text.append(w.text());
      glyphLines.getLast().add(glyphs.get(k));
    }
    if (!text.isEmpty()) {
      lines.add(new PageLayout.Block(top, List.of(text.toString()), false));
    }
    return PageLayout.withBorderlessTables(lines, glyphLines, PdfPageReader::decode);
  }

  /**
   * The words with the case of their toned capitals put right. Tesseract's {@code vie} model reads
   * a capital with a tone mark where a small one is written ("SỐ người", "kỹ năng SỐ", "TỶ lệ",
   * "IIgưỜi"): on a page of 110–150 dpi the two differ only in size. Vietnamese writes a toned
   * letter in capitals only at the start of a word or in a word all in capitals (a heading, a
   * body's name: "TRẠM Y TẾ"); an abbreviation never carries a tone (UBND, ĐVT, kWp). So a toned
   * capital right after a small letter is small, and a word of one or two capitals with a tone
   * between words in small letters (a word beside it starts or ends in a small letter, none beside
   * it is in capitals) is written as its neighbours are: capital first at the start of its line or
   * after a figure or a sentence's end ("Số người"), small after a small letter ("kỹ năng số").
   * Only the case changes; a letter or a mark that was misread is not guessed.
   */
  static List<Tesseract.Word> withCaseRepaired(List<Tesseract.Word> words) {
    List<Tesseract.Word> repaired = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      Tesseract.Word w = words.get(i);
      String text = smallAfterSmall(w.text());
      Tesseract.@Nullable Word before = onLine(words, i - 1, w.line());
      Tesseract.@Nullable Word after = onLine(words, i + 1, w.line());
      int run = smallLetterCapitalsRun(words, i);
      if (run >= 0) {
        // As its neighbours are written: capital first at the start of its line, after a figure or
        // a sentence's end ("Số người"), small after a small letter ("hồ sơ sức").
        text =
            run == i && !endsSmall(before)
                ? text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT)
                : text.toLowerCase(Locale.ROOT);
      } else if (shortTonedCapitals(text)
          && !capitals(before)
          && !capitals(after)
          && (endsSmall(before) || startsSmall(after))) {
        text =
            endsSmall(before)
                ? text.toLowerCase(Locale.ROOT)
                : text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
      }
      repaired.add(w.as(text));
    }
    return repaired;
  }

  /**
   * The first word of the run word {@code i} is in, or -1, where the run is one or two words in
   * capitals beside a word in small letters on its line (the line may end or a table's next column
   * begin on the other side), whose letters are all those a capital and a small letter differ in
   * only by size (c, o, s, u, v, w, x, z, whatever their marks: "hồ SƠ SỨC khỏe"), and which carry
   * a Vietnamese mark: at 110–150 dpi the model cannot tell the two apart. An abbreviation carries
   * no mark (UBND, CCVC) and a word in capitals by intent has other letters too ("hoàn thành XUẤT
   * SẮC"), so both stay.
   */
  private static int smallLetterCapitalsRun(List<Tesseract.Word> words, int i) {
    String line = words.get(i).line();
    int from = i;
    while (capitals(onLine(words, from - 1, line))) {
      from--;
    }
    int to = i;
    while (capitals(onLine(words, to + 1, line))) {
      to++;
    }
    if (!capitals(words.get(i)) || to - from + 1 > 2) {
      return -1;
    }
    for (int k = from; k <= to; k++) {
      String text = words.get(k).text();
      if (!sizeOnlyCapitals(text) || !LegacyVietnamese.isMarkedSyllable(text)) {
        return -1;
      }
    }
    return endsSmall(onLine(words, from - 1, line)) || startsSmall(onLine(words, to + 1, line))
        ? from
        : -1;
  }

  /** Word {@code k}, if there is one and it is on {@code line}. */
  private static Tesseract.@Nullable Word onLine(List<Tesseract.Word> words, int k, String line) {
    return k >= 0 && k < words.size() && words.get(k).line().equals(line) ? words.get(k) : null;
  }

  /** The letters whose capital is the small letter made bigger, marks aside. */
  private static final String SIZE_ONLY = "cosuvwxz";

  private static boolean sizeOnlyCapitals(String text) {
    String bare = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return bare.chars().filter(Character::isLetter).allMatch(c -> SIZE_ONLY.indexOf(c) >= 0);
  }

  /**
   * The words with two syllables or more that OCR read as one split at their syllables ("chínhnộp"
   * is "chính nộp": Tesseract missed the space). Vietnamese writes every syllable apart, and a
   * syllable carries one tone at most, so a word with two tones or more is several; it is split
   * where its letters make Vietnamese syllables in one way only, and left as read otherwise. Each
   * part gets its share of the word's box by its letters.
   */
  static List<Tesseract.Word> withGluedSyllablesSplit(List<Tesseract.Word> words) {
    List<Tesseract.Word> split = new ArrayList<>(words.size());
    for (Tesseract.Word w : words) {
      String text = w.text();
      int first = 0;
      while (first < text.length() && !Character.isLetter(text.charAt(first))) {
        first++;
      }
      int last = text.length();
      while (last > first && !Character.isLetter(text.charAt(last - 1))) {
        last--;
      }
      List<String> syllables =
          LegacyVietnamese.tones(text) >= 2
              ? syllables(text.substring(first, last))
              : List.<String>of();
      if (syllables.size() < 2) {
        split.add(w);
        continue;
      }
      // Punctuation before or after the letters stays with the first or the last syllable.
      List<String> parts = new ArrayList<>(syllables);
      parts.set(0, text.substring(0, first) + parts.getFirst());
      parts.set(parts.size() - 1, parts.getLast() + text.substring(last));
      float letter = (float) w.width() / text.length();
      int at = 0;
      for (String part : parts) {
        int left = w.left() + Math.round(at * letter);
        int right = w.left() + Math.round((at + part.length()) * letter);
        split.add(w.part(part, left, right));
        at += part.length();
      }
    }
    return split;
  }

  /**
   * The one way {@code word} (letters only, in NFC) is cut into Vietnamese syllables, each with a
   * tone at most, or nothing when there is none or more than one.
   */
  private static List<String> syllables(String word) {
    int n = word.length();
    if (n > 40 || !word.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    // ways[i]: how many cuts of word[i..] there are (2 means two or more); next[i]: the end of the
    // first syllable of the one cut.
    int[] ways = new int[n + 1];
    int[] next = new int[n + 1];
    ways[n] = 1;
    for (int i = n - 1; i >= 0; i--) {
      for (int j = i + 1; j <= n && j - i <= 8; j++) {
        if (ways[j] > 0 && LegacyVietnamese.isSyllable(word.substring(i, j))) {
          ways[i] = Math.min(2, ways[i] + ways[j]);
          next[i] = j;
        }
      }
    }
    if (ways[0] != 1) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < n; i = next[i]) {
      parts.add(word.substring(i, next[i]));
    }
    return parts;
  }

  /** "ngưỜi" → "người": a toned capital after a small letter in the same word. */
  private static String smallAfterSmall(String text) {
    StringBuilder out = null;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)
          && Character.isLowerCase(text.charAt(i - 1))
          && toned(String.valueOf(c))) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, Character.toLowerCase(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** One or two letters, all capitals, one of them toned ("SỐ", "TỶ", "Ở"). */
  private static boolean shortTonedCapitals(String text) {
    return !text.isEmpty()
        && text.length() <= 2
        && text.chars().allMatch(Character::isUpperCase)
        && toned(text);
  }

  /** A word of two letters or more, all capitals: the line is a heading there. */
  private static boolean capitals(Tesseract.@Nullable Word w) {
    if (w == null) {
      return false;
    }
    long letters = w.text().chars().filter(Character::isLetter).count();
    return letters >= 2
        && w.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean endsSmall(Tesseract.@Nullable Word w) {
    return w != null && Character.isLowerCase(w.text().charAt(w.text().length() - 1));
  }

  private static boolean startsSmall(Tesseract.@Nullable Word w) {
    return w != null && Character.isLowerCase(w.text().charAt(0));
  }

  /** Whether the text carries a tone mark (sắc, huyền, hỏi, ngã, nặng). */
  private static boolean toned(String text) {
    return LegacyVietnamese.tones(text) > 0;
  }

  /** The strokes Tesseract takes a table's vertical rule for when it reads it as a letter. */
  private static final String RULE_LETTERS = "|Il![]";

  /** How far (pixels at 300 dpi) a letter may be from the rule it was read from. */
  private static final int RULE_REACH = 3;

  /**
   * The words without the table's vertical rules that Tesseract read as letters. A "|" in or beside
   * a word that a rule found in the picture crosses or touches is the rule: the word is cut there
   * ("tuyến|%" is "tuyến" and "%", each in its cell; "|người" and "|786" lose it), and a word that
   * was only the rule goes. Tesseract's boxes are the LSTM's estimate, up to half a line off, so a
   * "|" is taken for the rule that far away: no report writes one in a table cell. A rule read as
   * an "I", "l", "!", "[" or "]" ("Ingười") is cut only where the letter's own box touches the
   * rule, so an "I" or an "l" that begins a word in a cell stays.
   */
  static List<Tesseract.Word> withoutRules(
      List<Tesseract.Word> words, List<PageLayout.Ruling> rulings) {
    List<PageLayout.Ruling> vertical =
        rulings.stream().filter(PageLayout.Ruling::vertical).toList();
    if (vertical.isEmpty()) {
      return words;
    }
    List<Tesseract.Word> kept = new ArrayList<>();
    for (Tesseract.Word w : words) {
      String text = w.text();
      int letters = Math.max(1, text.length());
      float letter = (float) w.width() / letters;
      int halfLine = Math.max(RULE_REACH, (w.lineBottom() - w.lineTop()) / 2);
      boolean ruled = text.indexOf('|') >= 0 && onRule(vertical, w.left(), w.right(), halfLine, w);
      int from = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i < text.length() && !(ruled && text.charAt(i) == '|')) {
          continue;
        }
        if (i > from) {
          int left = w.left() + Math.round(from * letter);
          int right = w.left() + Math.round(i * letter);
          Tesseract.Word part = trimmed(w, text.substring(from, i), left, right, vertical);
          if (part != null) {
            kept.add(part);
          }
        }
        from = i + 1;
      }
    }
    return kept;
  }

  /**
   * A part of a word without a rule read as its first or last letter, or null if nothing is left.
   */
  private static Tesseract.@Nullable Word trimmed(
      Tesseract.Word w, String text, int left, int right, List<PageLayout.Ruling> vertical) {
    float letter = (float) (right - left) / Math.max(1, text.length());
    while (!text.isEmpty()
        && RULE_LETTERS.indexOf(text.charAt(0)) >= 0
        && onRule(vertical, left, Math.round(left + letter), RULE_REACH, w)) {
      text = text.substring(1);
      left = Math.round(left + letter);
    }
    while (!text.isEmpty()
        && RULE_LETTERS.indexOf(text.charAt(text.length() - 1)) >= 0
        && onRule(vertical, Math.round(right - letter), right, RULE_REACH, w)) {
      text = text.substring(0, text.length() - 1);
      right = Math.round(right - letter);
    }
    if (text.isEmpty()) {
      return null;
    }
    return text.equals(w.text()) ? w : w.part(text, left, right);
  }

  private static boolean onRule(
      List<PageLayout.Ruling> vertical, int from, int to, int reach, Tesseract.Word word) {
    int middle = word.top() + word.height() / 2;
    for (PageLayout.Ruling r : vertical) {
      if (r.position() >= from - reach
          && r.position() <= to + reach
          && r.from() - RULE_REACH <= middle
          && middle <= r.to() + RULE_REACH) {
        return true;
      }
    }
    return false;
  }

  /** Every frame of a picture file (one for PNG and JPEG, each page of a TIFF). */
  static List<BufferedImage> frames(Path file) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IOException("unreadable picture");
      }
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("unknown picture format");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int count = reader.getNumImages(true);
        for (int i = 0; i < count; i++) {
          if ((long) reader.getWidth(i) * reader.getHeight(i) > MAX_PIXELS) {
            // A picture that claims more pixels than any page scan would fill the heap.
            throw new IOException("picture too large");
          }
          frames.add(reader.read(i));
        }
      } finally {
        reader.dispose();
      }
    }
    return frames;
  }
}
