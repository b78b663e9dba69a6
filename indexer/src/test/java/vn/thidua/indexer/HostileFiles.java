package vn.thidua.indexer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Files made to hurt a parser, written by code rather than committed: a zip bomb in each office
 * format, entity expansion, nesting, a PDF with a huge page count, a PDF whose drawing never ends,
 * an empty file and a file name made to escape a directory. Each is small on disk; what it costs is
 * what it makes a parser do.
 */
public final class HostileFiles {

  /** About what each zip bomb inflates to. */
  private static final long BOMB_BYTES = 1L << 30;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String REL_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

  /** 300 characters of Vietnamese with path traversal in them, ending in {@code .txt}. */
  public static final String ESCAPING_NAME =
      ("../../Báo cáo kết quả phong trào thi đua đổi mới sáng tạo của xã Đại Sơn ")
              .repeat(5)
              .substring(0, 296)
          + ".txt";

  /** 300 characters of Vietnamese without a path in them: over 255 bytes in UTF-8. */
  public static final String LONG_NAME =
      ("Báo cáo kết quả phong trào thi đua đổi mới sáng tạo của xã Đại Sơn ")
              .repeat(5)
              .substring(0, 296)
          + ".txt";

  private HostileFiles() {}

  /**
   * Writes every hostile file into {@code dir}; keys are the names a unit would upload them under
   * (the escaping name is written under a safe name, its key is the escaping one).
   */
  public static Map<String, Path> writeAll(Path dir) {
    Map<String, Path> files = new LinkedHashMap<>();
    try {
      files.put("zip-bomb.docx", zipBombDocx(dir.resolve("zip-bomb.docx")));
      files.put("zip-bomb.xlsx", zipBombXlsx(dir.resolve("zip-bomb.xlsx")));
      files.put("zip-bomb.odt", zipBombOdt(dir.resolve("zip-bomb.odt")));
      files.put("billion-laughs.odt", billionLaughsOdt(dir.resolve("billion-laughs.odt")));
      files.put("nested-40-levels.docx", nestedDocx(dir.resolve("nested-40-levels.docx"), 40));
      files.put("100000-pages.pdf", hugePageCountPdf(dir.resolve("100000-pages.pdf"), 100_000));
      files.put("endless-drawing.pdf", endlessDrawingPdf(dir.resolve("endless-drawing.pdf")));
      files.put("empty.docx", Files.write(dir.resolve("empty.docx"), new byte[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** An ordinary text file for {@link #ESCAPING_NAME}. */
  public static Path escapingNameContent(Path dir) {
    try {
      return Files.writeString(
          dir.resolve("escaping-name.txt"),
          "Báo cáo của đơn vị có tên tệp dài: phong trào thi đua đổi mới sáng tạo năm 2026.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX whose body inflates to about a gigabyte of empty paragraphs. */
  public static Path zipBombDocx(Path file) throws IOException {
    try (Archive zip = new Archive(file)) {
      ooxmlPreamble(zip::entry, "word/document.xml", WORD_DOCUMENT);
      zip.bomb(
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
              + W
              + "\"><w:body><w:p><w:r><w:t>",
          "</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>",
          "</w:t></w:r></w:p></w:body></w:document>");
    }
    return file;
  }

  /** An XLSX whose one sheet inflates to about a gigabyte of empty rows. */
  public static Path zipBombXlsx(Path file) throws IOException {
    try (Archive zip = new Archive(file)) {
      ooxmlPreamble(
          zip::entry,
          "xl/workbook.xml",
          "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
              + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
              + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      zip.entry(
          "xl/workbook.xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
          <sheets><sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets></workbook>""");
      zip.entry(
          "xl/_rels/workbook.xml.rels",
          rels(
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
              "worksheets/sheet1.xml"));
      zip.bomb(
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
          "<row/>",
          "</sheetData></worksheet>");
    }
    return file;
  }

  /** An ODT whose content inflates to about a gigabyte of empty paragraphs. */
  public static Path zipBombOdt(Path file) throws IOException {
    try (Archive zip = odt(file)) {
      zip.bomb("content.xml", ODT_HEAD, "<text:p/>", ODT_TAIL);
    }
    return file;
  }

  /** An ODT whose content declares nested entities that expand to billions of characters. */
  public static Path billionLaughsOdt(Path file) throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE office:document-content [\n");
    dtd.append("<!ENTITY lol0 \"thi đua \">\n");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10));
      dtd.append("\">\n");
    }
    dtd.append("]>");
    try (Archive zip = odt(file)) {
      zip.entry(
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + dtd
              + ODT_HEAD.substring(ODT_HEAD.indexOf("<office:document-content"))
              + "<text:p>&lol10;</text:p>"
              + ODT_TAIL);
    }
    return file;
  }

  /** A DOCX that embeds a DOCX that embeds a DOCX... {@code levels} deep. */
  public static Path nestedDocx(Path file, int levels) throws IOException {
    byte[] inner = docxBytes("Cấp " + levels + " của tài liệu lồng nhau.", null);
    for (int level = levels - 1; level >= 1; level--) {
      inner = docxBytes("Cấp " + level + " của tài liệu lồng nhau.", inner);
    }
    return Files.write(file, inner);
  }

  /** A PDF of blank pages (so each one would go to OCR), stored in object streams: small. */
  public static Path hugePageCountPdf(Path file, int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        pdf.addPage(new PDPage(PDRectangle.A4));
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  /**
   * A one-page PDF whose page draws a form that draws the next form ten times, twelve levels down:
   * 10^12 drawing operations from a few kilobytes, and no text, so nothing a text handler sees
   * happens while a parser works through it.
   */
  public static Path endlessDrawingPdf(Path file) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      PDFormXObject next = null;
      for (int level = 0; level < 12; level++) {
        PDFormXObject form = new PDFormXObject(pdf);
        form.setBBox(new PDRectangle(0, 0, 10, 10));
        PDResources resources = new PDResources();
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
          if (next == null) {
            out.write("0 0 1 1 re f\n".getBytes(StandardCharsets.US_ASCII));
          } else {
            COSName name = resources.add(next);
            out.write(
                ("/" + name.getName() + " Do\n").repeat(10).getBytes(StandardCharsets.US_ASCII));
          }
        }
        next = form;
      }
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawForm(next);
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  private static final String ODT_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " office:version=\"1.2\"><office:body><office:text>";
  private static final String ODT_TAIL = "</office:text></office:body></office:document-content>";

  private static Archive odt(Path file) throws IOException {
    Archive zip = new Archive(file);
    // ODF wants the type first and stored, so that it can be read at a fixed offset.
    zip.stored("mimetype", "application/vnd.oasis.opendocument.text");
    zip.entry(
        "META-INF/manifest.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>""");
    return zip;
  }

  private static byte[] docxBytes(String text, byte[] embedded) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ooxmlPreamble(
          (name, content) -> entry(zip, name, content),
          "word/document.xml",
          "<Default Extension=\"docx\" ContentType=\""
              + "application/vnd.openxmlformats-officedocument.wordprocessingml.document\"/>"
              + WORD_DOCUMENT);
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
              + W
              + "\"><w:body><w:p><w:r><w:t>"
              + text
              + "</w:t></w:r></w:p></w:body></w:document>");
      if (embedded != null) {
        entry(
            zip,
            "word/_rels/document.xml.rels",
            rels(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package",
                "embeddings/inner.docx"));
        zip.putNextEntry(new ZipEntry("word/embeddings/inner.docx"));
        zip.write(embedded);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Writes one part of an archive. */
  @FunctionalInterface
  private interface PartWriter {
    void write(String name, String content) throws IOException;
  }

  private static final String WORD_DOCUMENT =
      "<Override PartName=\"/word/document.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";

  /**
   * What every OOXML package opens with: the content types (the two defaults and {@code types},
   * Default and Override elements) and the relationship to the main part, {@code mainPart}.
   */
  private static void ooxmlPreamble(PartWriter zip, String mainPart, String types)
      throws IOException {
    zip.write(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\""
            + "application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + types
            + "</Types>");
    zip.write("_rels/.rels", rels(REL_DOCUMENT, mainPart));
  }

  private static String rels(String type, String target) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\""
        + type
        + "\" Target=\""
        + target
        + "\"/></Relationships>";
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * A ZIP archive written by hand, because {@link ZipOutputStream} cannot take an entry deflated
   * beforehand, which is what makes a gigabyte bomb cheap to write ({@link #bomb}).
   */
  private static final class Archive implements AutoCloseable {

    private final OutputStream out;
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private long offset;
    private int count;

    Archive(Path file) throws IOException {
      out = new BufferedOutputStream(Files.newOutputStream(file));
    }

    void stored(String name, String content) throws IOException {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      write(name, 0, bytes, crc.getValue(), bytes.length);
    }

    void entry(String name, String content) throws IOException {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
      deflater.setInput(bytes);
      deflater.finish();
      byte[] compressed = drain(deflater, Deflater.NO_FLUSH);
      deflater.end();
      write(name, 8, compressed, crc.getValue(), bytes.length);
    }

    /**
     * An entry of {@code head}, {@code unit} repeated to about {@link #BOMB_BYTES}, {@code tail}.
     * Deflating a gigabyte takes a minute; but once the window holds only the repeated unit, each
     * further megabyte deflates to the same bytes (a flushed block refers back at most 32 KB, to
     * content that is the same every time), so those bytes are written again instead.
     */
    void bomb(String name, String head, String unit, String tail) throws IOException {
      byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[(1 << 20) / unitBytes.length * unitBytes.length];
      for (int i = 0; i < block.length; i += unitBytes.length) {
        System.arraycopy(unitBytes, 0, block, i, unitBytes.length);
      }
      byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
      byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
      long repeats = BOMB_BYTES / block.length;
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      CRC32 crc = new CRC32();
      deflater.setInput(headBytes);
      compressed.writeBytes(drain(deflater, Deflater.NO_FLUSH));
      crc.update(headBytes);
      byte[] steady = new byte[0];
      for (int i = 0; i < 3; i++) {
        deflater.setInput(block);
        steady = drain(deflater, Deflater.SYNC_FLUSH);
        compressed.writeBytes(steady);
        crc.update(block);
      }
      for (long i = 3; i < repeats; i++) {
        compressed.writeBytes(steady);
        crc.update(block);
      }
      deflater.setInput(tailBytes);
      deflater.finish();
      compressed.writeBytes(drain(deflater, Deflater.NO_FLUSH));
      crc.update(tailBytes);
      deflater.end();
      long size = headBytes.length + repeats * block.length + tailBytes.length;
      write(name, 8, compressed.toByteArray(), crc.getValue(), size);
    }

    private static byte[] drain(Deflater deflater, int flush) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (true) {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        out.write(buffer, 0, n);
        if (deflater.finished() || (n < buffer.length && deflater.needsInput())) {
          return out.toByteArray();
        }
      }
    }

    private void write(String name, int method, byte[] data, long crc, long size)
        throws IOException {
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800);
      local.putShort((short) method).putInt(0).putInt((int) crc);
      local.putInt(data.length).putInt((int) size);
      local.putShort((short) nameBytes.length).putShort((short) 0);
      ByteBuffer central = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
      central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20);
      central.putShort((short) 0x0800).putShort((short) method).putInt(0).putInt((int) crc);
      central.putInt(data.length).putInt((int) size).putShort((short) nameBytes.length);
      central.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0);
      central.putInt(0).putInt((int) offset);
      directory.writeBytes(central.array());
      directory.writeBytes(nameBytes);
      out.write(local.array());
      out.write(nameBytes);
      out.write(data);
      offset += 30 + nameBytes.length + data.length;
      count++;
    }

    @Override
    public void close() throws IOException {
      out.write(directory.toByteArray());
      ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
      end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
      end.putShort((short) count).putShort((short) count);
      end.putInt(directory.size()).putInt((int) offset).putShort((short) 0);
      out.write(end.array());
      out.close();
    }
  }
}
