package vn.thidua.indexer.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.extraction.LegacyVietnamese.Encoding;

/**
 * Reports typed in a legacy Vietnamese encoding (TCVN3, VNI) and saved to PDF as Word does on a
 * machine with the legacy fonts installed: the fonts embedded under their own names, every letter
 * drawn, a text layer that gives the Windows-1252 letters of the legacy bytes.
 */
public final class LegacyWordPdfs {

  private LegacyWordPdfs() {}

  /**
   * The report typed in TCVN3 as Word on a Windows machine with the {@code .VnTime} fonts saves it
   * to PDF: the fonts embedded under their own names ({@code .VnTimeH}, the capitals font, for the
   * header), every letter drawn (TCVN3's ư, byte 0xAD, included), and a text layer that gives the
   * Windows-1252 letters of the TCVN3 bytes, as Word's ToUnicode built from the font's Windows cmap
   * does ("Céng hßa…", the ư as U+00AD, the soft hyphen). See {@link #wordPdf}.
   */
  public static void tcvn3(Path target) throws IOException {
    wordPdf(target, Encoding.TCVN3);
  }

  /**
   * The report typed in VNI as Word on a Windows machine with the {@code VNI-Times} fonts saves it
   * to PDF: {@code VNI-Times} embedded under its name ({@code VNI-Times,Bold} for the header). A
   * VNI font draws a marked letter as two glyphs, the base letter and a mark of zero advance drawn
   * back over it ("ố" is "o" then the mark of byte 0xE1, "á" in Windows-1252), and Word's ToUnicode
   * gives each glyph the Windows-1252 letter of its byte: {@code pdftotext} gives "Coäng hoøa xaõ
   * hoäi"). DejaVu Serif draws the letters, with the mark glyphs of a VNI font added ({@link
   * VniFont}). See {@link #wordPdf}.
   */
  public static void vni(Path target) throws IOException {
    wordPdf(target, Encoding.VNI);
  }

  /**
   * The report (header, motto, the initiative's sentence, the ruled indicator table with its names
   * wrapping, a note) typed in {@code encoding} and saved to PDF as Word does with the legacy fonts
   * installed. The letters are drawn from DejaVu Serif (Liberation Serif 1.07 lacks some Vietnamese
   * letters), embedded whole so that each glyph's code is its glyph id; the fonts are then renamed
   * and their ToUnicode replaced by the legacy one ({@link LegacyTypist}).
   */
  private static void wordPdf(Path target, Encoding encoding) throws IOException {
    Path serif = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    boolean tcvn3 = encoding == Encoding.TCVN3;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      VniFont capitalsGlyphs =
          VniFont.of(
              tcvn3 ? serif : Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
              !tcvn3);
      VniFont textGlyphs = VniFont.of(serif, !tcvn3);
      PDType0Font capitalsFont = wholeFont(document, capitalsGlyphs.bytes());
      PDType0Font textFont = wholeFont(document, textGlyphs.bytes());
      LegacyTypist capitals = new LegacyTypist(capitalsFont, encoding, capitalsGlyphs.marks());
      LegacyTypist text = new LegacyTypist(textFont, encoding, textGlyphs.marks());
      float size = 12;
      float left = 60;
      RawContent content = new RawContent(page);
      {
        float y = 790;
        line(content, capitals, size, left, y, FixtureDocuments.HEADER);
        y -= 20;
        line(content, text, size, left, y, FixtureDocuments.MOTTO);
        y -= 26;
        String sentence =
            "Báo cáo kết quả thực hiện phong trào thi đua năm 2027 của "
                + FixtureDocuments.UNIT
                + ". Sáng kiến tiêu biểu: "
                + FixtureDocuments.TITLE
                + ".";
        for (String wrapped : wrap(textFont, size, sentence, 470)) {
          line(content, text, size, left, y, wrapped);
          y -= 16;
        }
        y -= 10;
        // The indicator table, ruled as Word rules it, the names wrapping in their narrow column.
        float[] widths = {40, 220, 110, 100};
        float top = y;
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("STT", "Tên chỉ tiêu", "Đơn vị tính", "Kết quả"));
        for (int i = 0; i < FixtureDocuments.INDICATORS.size(); i++) {
          List<String> row = new java.util.ArrayList<>();
          row.add(String.valueOf(i + 1));
          row.addAll(FixtureDocuments.INDICATORS.get(i));
          rows.add(row);
        }
        List<Float> rules = new java.util.ArrayList<>(List.of(top));
        for (List<String> row : rows) {
          int lines = 1;
          float x = left;
          for (int j = 0; j < row.size(); j++) {
            List<String> cell = wrap(textFont, size, row.get(j), widths[j] - 8);
            lines = Math.max(lines, cell.size());
            float cellY = y - 14;
            for (String wrapped : cell) {
              line(content, text, size, x + 4, cellY, wrapped);
              cellY -= 15;
            }
            x += widths[j];
          }
          y -= lines * 15 + 6;
          rules.add(y);
        }
        content.setLineWidth(0.5f);
        float right = left;
        for (float w : widths) {
          right += w;
        }
        for (float rule : rules) {
          content.moveTo(left, rule);
          content.lineTo(right, rule);
        }
        float x = left;
        for (int j = 0; j <= widths.length; j++) {
          content.moveTo(x, top);
          content.lineTo(x, y);
          x += j < widths.length ? widths[j] : 0;
        }
        content.stroke();
        line(content, text, size, left, y - 20, "Ghi chú: số liệu tính đến ngày 30 tháng 11.");
      }
      content.writeTo(document, page);
      capitals.embedAs(document, tcvn3 ? ".VnTimeH" : "VNI-Times,Bold");
      text.embedAs(document, tcvn3 ? ".VnTime" : "VNI-Times");
      document.save(target.toFile());
    }
  }

  private static PDType0Font wholeFont(PDDocument document, byte[] font) throws IOException {
    return PDType0Font.load(document, new java.io.ByteArrayInputStream(font), false);
  }

  private static void line(
      RawContent content, LegacyTypist typist, float size, float x, float y, String text)
      throws IOException {
    content.show(typist.font, size, x, y, typist.codes(text));
  }

  /**
   * A page's content written operator by operator: {@link PDPageContentStream} shows only the codes
   * a font gives for Unicode letters, and a VNI mark or a stacked mark glyph has none.
   */
  private static final class RawContent {

    private final org.apache.pdfbox.pdmodel.PDResources resources =
        new org.apache.pdfbox.pdmodel.PDResources();
    private final StringBuilder operators = new StringBuilder();

    RawContent(PDPage page) {
      page.setResources(resources);
    }

    void show(PDType0Font font, float size, float x, float y, byte[] codes) {
      String name = resources.add(font).getName();
      operators.append(
          String.format(java.util.Locale.ROOT, "BT /%s %.1f Tf %.2f %.2f Td <", name, size, x, y));
      for (byte b : codes) {
        operators.append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
      }
      operators.append("> Tj ET\n");
    }

    void setLineWidth(float width) {
      operators.append(String.format(java.util.Locale.ROOT, "%.2f w\n", width));
    }

    void moveTo(float x, float y) {
      operators.append(String.format(java.util.Locale.ROOT, "%.2f %.2f m\n", x, y));
    }

    void lineTo(float x, float y) {
      operators.append(String.format(java.util.Locale.ROOT, "%.2f %.2f l\n", x, y));
    }

    void stroke() {
      operators.append("S\n");
    }

    void writeTo(PDDocument document, PDPage page) throws IOException {
      var contents = new org.apache.pdfbox.pdmodel.common.PDStream(document);
      try (OutputStream out =
          contents.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        out.write(operators.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
      page.setContents(contents);
    }
  }

  private static List<String> wrap(PDType0Font font, float size, String text, float width)
      throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    String current = "";
    for (String word : text.split(" ")) {
      String next = current.isEmpty() ? word : current + " " + word;
      if (font.getStringWidth(next) / 1000 * size > width && !current.isEmpty()) {
        lines.add(current);
        current = word;
      } else {
        current = next;
      }
    }
    lines.add(current);
    return lines;
  }

  /**
   * DejaVu Serif as a VNI font draws marks: a glyph of zero advance for each VNI mark byte, drawn
   * back over the letter before it. DejaVu's combining marks are such glyphs for the five tones,
   * the circumflex and the breve in lower case; the others (a circumflex or a breve with a tone,
   * every mark of a capital, raised to the capitals' height) are added to the font as composite
   * glyphs of those marks. {@code marks} gives the glyph of each mark byte; without {@code vni} the
   * font is DejaVu's, unchanged.
   */
  private record VniFont(byte[] bytes, Map<Character, Integer> marks) {

    /** The lower-case tone marks in VNI's order: sắc, huyền, hỏi, ngã, nặng. */
    private static final String TONES = "ùøûõï";

    private static final String[] TONE_GLYPHS = {
      "acutecomb", "gravecomb", "hookabovecomb", "tildecomb", "dotbelowcomb"
    };

    /** Where a tone sits against a circumflex (beside it, to the right, as Vietnamese writes). */
    private static final int[][] ON_CIRCUMFLEX = {
      {250, 300}, {380, 300}, {400, 300}, {10, 380}, {0, 0}
    };

    /** Where a tone sits against a breve (on top of it). */
    private static final int[][] ON_BREVE = {{-110, 380}, {108, 380}, {-17, 380}, {6, 380}, {0, 0}};

    /** A capital's mark: raised from the x-height to the capitals' height, over a wider letter. */
    private static final int CAPITAL_RAISE = 373;

    private static final int CAPITAL_SHIFT = -150;

    private record Part(String glyph, int dx, int dy) {}

    static VniFont of(Path file, boolean vni) throws IOException {
      byte[] font = Files.readAllBytes(file);
      if (!vni) {
        return new VniFont(font, Map.of());
      }
      org.apache.fontbox.ttf.TrueTypeFont ttf =
          new org.apache.fontbox.ttf.TTFParser()
              .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
      Map<Character, List<Part>> recipes = new java.util.LinkedHashMap<>();
      for (int t = 0; t < 5; t++) {
        recipes.put(TONES.charAt(t), List.of(new Part(TONE_GLYPHS[t], 0, 0)));
        recipes.put(
            "áàåãä".charAt(t),
            List.of(
                new Part("uni0302", 0, 0),
                new Part(TONE_GLYPHS[t], ON_CIRCUMFLEX[t][0], ON_CIRCUMFLEX[t][1])));
        recipes.put(
            "éèúüë".charAt(t),
            List.of(
                new Part("uni0306", 0, 0),
                new Part(TONE_GLYPHS[t], ON_BREVE[t][0], ON_BREVE[t][1])));
      }
      recipes.put('â', List.of(new Part("uni0302", 0, 0)));
      recipes.put('ê', List.of(new Part("uni0306", 0, 0)));
      Map<Character, Integer> marks = new HashMap<>();
      List<byte[]> added = new java.util.ArrayList<>();
      int next = ttf.getNumberOfGlyphs();
      for (Map.Entry<Character, List<Part>> recipe : recipes.entrySet()) {
        List<Part> parts = recipe.getValue();
        if (parts.size() == 1) {
          marks.put(recipe.getKey(), ttf.nameToGID(parts.getFirst().glyph()));
        } else {
          marks.put(recipe.getKey(), next++);
          added.add(composite(ttf, parts));
        }
        List<Part> capital = new java.util.ArrayList<>();
        for (Part p : parts) {
          boolean below = p.glyph().equals("dotbelowcomb");
          capital.add(
              new Part(p.glyph(), p.dx() + CAPITAL_SHIFT, p.dy() + (below ? 0 : CAPITAL_RAISE)));
        }
        marks.put(Character.toUpperCase(recipe.getKey()), next++);
        added.add(composite(ttf, capital));
      }
      return new VniFont(withGlyphs(font, added), Map.copyOf(marks));
    }

    /** A composite glyph (TrueType 'glyf') of marks at their offsets. */
    private static byte[] composite(org.apache.fontbox.ttf.TrueTypeFont ttf, List<Part> parts)
        throws IOException {
      java.nio.ByteBuffer glyph = java.nio.ByteBuffer.allocate(10 + 8 * parts.size());
      float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
      for (Part p : parts) {
        var b = ttf.getGlyph().getGlyph(ttf.nameToGID(p.glyph())).getBoundingBox();
        box[0] = Math.min(box[0], b.getLowerLeftX() + p.dx());
        box[1] = Math.min(box[1], b.getLowerLeftY() + p.dy());
        box[2] = Math.max(box[2], b.getUpperRightX() + p.dx());
        box[3] = Math.max(box[3], b.getUpperRightY() + p.dy());
      }
      glyph.putShort((short) -1);
      for (float v : box) {
        glyph.putShort((short) Math.round(v));
      }
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, MORE_COMPONENTS but for the last
        glyph.putShort((short) (0x0003 | (i < parts.size() - 1 ? 0x0020 : 0)));
        glyph.putShort((short) ttf.nameToGID(p.glyph()));
        glyph.putShort((short) p.dx());
        glyph.putShort((short) p.dy());
      }
      return glyph.array();
    }

    /**
     * The font with {@code added} glyphs after its own, each of zero advance: 'glyf', 'loca' (long
     * offsets), 'hmtx', 'hhea', 'maxp' and 'post' (format 2, the new glyphs unnamed) grown, the
     * tables that hold a record per glyph for hinting ('hdmx', 'LTSH', 'VDMX') and the signature
     * left out.
     */
    private static byte[] withGlyphs(byte[] font, List<byte[]> added) throws IOException {
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(font);
      Map<String, byte[]> tables = new java.util.TreeMap<>();
      for (int i = 0; i < (in.getShort(4) & 0xFFFF); i++) {
        int record = 12 + 16 * i;
        String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        int offset = in.getInt(record + 8);
        tables.put(
            tag, java.util.Arrays.copyOfRange(font, offset, offset + in.getInt(record + 12)));
      }
      for (String hinting : List.of("hdmx", "LTSH", "VDMX", "DSIG")) {
        tables.remove(hinting);
      }
      var head = java.nio.ByteBuffer.wrap(tables.get("head"));
      var maxp = java.nio.ByteBuffer.wrap(tables.get("maxp"));
      var hhea = java.nio.ByteBuffer.wrap(tables.get("hhea"));
      var loca = java.nio.ByteBuffer.wrap(tables.get("loca"));
      var hmtx = java.nio.ByteBuffer.wrap(tables.get("hmtx"));
      int glyphs = maxp.getShort(4) & 0xFFFF;
      int total = glyphs + added.size();
      boolean shortOffsets = head.getShort(50) == 0;
      var glyf = new java.io.ByteArrayOutputStream();
      var newLoca = java.nio.ByteBuffer.allocate(4 * (total + 1));
      int end = shortOffsets ? (loca.getShort(2 * glyphs) & 0xFFFF) * 2 : loca.getInt(4 * glyphs);
      glyf.write(tables.get("glyf"), 0, end);
      for (int g = 0; g < glyphs; g++) {
        newLoca.putInt(shortOffsets ? (loca.getShort(2 * g) & 0xFFFF) * 2 : loca.getInt(4 * g));
      }
      while (glyf.size() % 4 != 0) {
        glyf.write(0);
      }
      for (byte[] glyph : added) {
        newLoca.putInt(glyf.size());
        glyf.write(glyph);
        while (glyf.size() % 4 != 0) {
          glyf.write(0);
        }
      }
      newLoca.putInt(glyf.size());
      tables.put("glyf", glyf.toByteArray());
      tables.put("loca", newLoca.array());
      head.putShort(50, (short) 1);
      head.putInt(8, 0);
      maxp.putShort(4, (short) total);
      if (maxp.capacity() >= 32) {
        maxp.putShort(28, (short) Math.max(maxp.getShort(28), 2));
        maxp.putShort(30, (short) Math.max(maxp.getShort(30), 1));
      }
      int metrics = hhea.getShort(34) & 0xFFFF;
      var newHmtx = java.nio.ByteBuffer.allocate(4 * total);
      for (int g = 0; g < total; g++) {
        int advance =
            g < metrics
                ? hmtx.getShort(4 * g) & 0xFFFF
                : g < glyphs ? hmtx.getShort(4 * metrics - 4) : 0;
        short bearing =
            g < metrics
                ? hmtx.getShort(4 * g + 2)
                : g < glyphs
                    ? hmtx.getShort(4 * metrics + 2 * (g - metrics))
                    : java.nio.ByteBuffer.wrap(added.get(g - glyphs)).getShort(2);
        newHmtx.putShort((short) advance).putShort(bearing);
      }
      tables.put("hmtx", newHmtx.array());
      hhea.putShort(34, (short) total);
      byte[] post = tables.get("post");
      if (java.nio.ByteBuffer.wrap(post).getInt(0) == 0x00020000) {
        var newPost = java.nio.ByteBuffer.allocate(post.length + 2 * added.size());
        newPost.put(post, 0, 32).putShort((short) total);
        newPost.put(post, 34, 2 * glyphs);
        newPost.put(new byte[2 * added.size()]);
        newPost.put(post, 34 + 2 * glyphs, post.length - 34 - 2 * glyphs);
        tables.put("post", newPost.array());
      }
      int count = tables.size();
      int selector = 31 - Integer.numberOfLeadingZeros(count);
      var directory = java.nio.ByteBuffer.allocate(12 + 16 * count);
      directory.put(font, 0, 4).putShort((short) count);
      directory.putShort((short) (16 << selector)).putShort((short) selector);
      directory.putShort((short) (16 * count - (16 << selector)));
      var body = new java.io.ByteArrayOutputStream();
      int offset = 12 + 16 * count;
      for (Map.Entry<String, byte[]> table : tables.entrySet()) {
        byte[] data = table.getValue();
        directory.put(table.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        directory.putInt(checksum(data)).putInt(offset + body.size()).putInt(data.length);
        body.write(data);
        while (body.size() % 4 != 0) {
          body.write(0);
        }
      }
      var out = new java.io.ByteArrayOutputStream();
      out.write(directory.array());
      out.write(body.toByteArray());
      return out.toByteArray();
    }

    private static int checksum(byte[] data) {
      int sum = 0;
      for (int i = 0; i < data.length; i += 4) {
        int word = 0;
        for (int k = 0; k < 4; k++) {
          word = word << 8 | (i + k < data.length ? data[i + k] & 0xFF : 0);
        }
        sum += word;
      }
      return sum;
    }
  }

  /**
   * Types Unicode text as a legacy font draws it, in a font embedded whole (a glyph's code is its
   * glyph id), and keeps the ToUnicode entry of every code drawn: the Windows-1252 letters of the
   * legacy bytes the glyph stands for. TCVN3: one glyph per letter. VNI: a marked letter is its
   * base letter and its mark, each a glyph with its byte (ơ, ư, đ and the toned i, one byte each,
   * are one glyph).
   */
  private static final class LegacyTypist {

    final PDType0Font font;
    private final Encoding encoding;
    private final org.apache.fontbox.ttf.TrueTypeFont glyphs;
    private final Map<Character, Integer> marks;
    private final java.util.TreeMap<Integer, String> toUnicode = new java.util.TreeMap<>();

    LegacyTypist(PDType0Font font, Encoding encoding, Map<Character, Integer> marks) {
      this.font = font;
      this.encoding = encoding;
      this.marks = marks;
      this.glyphs =
          ((org.apache.pdfbox.pdmodel.font.PDCIDFontType2) font.getDescendantFont())
              .getTrueTypeFont();
    }

    byte[] codes(String text) throws IOException {
      var codes = new java.io.ByteArrayOutputStream();
      for (char c :
          java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toCharArray()) {
        String letter = String.valueOf(c);
        String legacy = FixtureDocuments.encode(letter, encoding);
        @Nullable Integer mark = legacy.length() == 2 ? marks.get(legacy.charAt(1)) : null;
        if (mark != null) {
          String base = LegacyVietnamese.decode(legacy.substring(0, 1), Encoding.VNI);
          draw(codes, unicodeGlyph(base.charAt(0)), legacy.substring(0, 1));
          draw(codes, mark, legacy.substring(1));
        } else {
          draw(codes, unicodeGlyph(c), legacy);
        }
      }
      return codes.toByteArray();
    }

    private int unicodeGlyph(char c) throws IOException {
      int gid = glyphs.getUnicodeCmapLookup().getGlyphId(c);
      if (gid == 0) {
        throw new IOException("DejaVu Serif has no glyph for " + c);
      }
      return gid;
    }

    private void draw(java.io.ByteArrayOutputStream codes, int gid, String legacy)
        throws IOException {
      if (gid <= 0) {
        throw new IOException("no glyph for " + legacy);
      }
      codes.write(gid >> 8);
      codes.write(gid & 0xFF);
      toUnicode.put(gid, legacy);
    }

    /**
     * Renames the font (the Type0 font, its descendant and its descriptor) to {@code name} and
     * replaces its ToUnicode by the legacy one.
     */
    void embedAs(PDDocument document, String name) throws IOException {
      StringBuilder cmap =
          new StringBuilder(
              """
              /CIDInit /ProcSet findresource begin
              12 dict begin
              begincmap
              /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
              /CMapName /Adobe-Identity-UCS def
              /CMapType 2 def
              1 begincodespacerange
              <0000> <FFFF>
              endcodespacerange
              """);
      List<Map.Entry<Integer, String>> entries = List.copyOf(toUnicode.entrySet());
      for (int from = 0; from < entries.size(); from += 100) {
        List<Map.Entry<Integer, String>> block =
            entries.subList(from, Math.min(entries.size(), from + 100));
        cmap.append(block.size()).append(" beginbfchar\n");
        for (Map.Entry<Integer, String> e : block) {
          cmap.append(String.format(java.util.Locale.ROOT, "<%04X> <", e.getKey()));
          for (char c : e.getValue().toCharArray()) {
            cmap.append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
          }
          cmap.append(">\n");
        }
        cmap.append("endbfchar\n");
      }
      cmap.append(
          """
          endcmap
          CMapName currentdict /CMap defineresource pop
          end
          end
          """);
      var stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(cmap.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
      var type0 = font.getCOSObject();
      type0.setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
      type0.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, name);
      var descendant = font.getDescendantFont().getCOSObject();
      descendant.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, name);
      font.getDescendantFont()
          .getFontDescriptor()
          .getCOSObject()
          .setName(org.apache.pdfbox.cos.COSName.FONT_NAME, name);
    }
  }
}
