package vn.thidua.portal.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file a report may hold, recognised by their content (magic bytes), never by the name
 * or the type the browser claims: PDF, Word/Excel/OpenDocument (zip), old Word/Excel (OLE2),
 * images, RTF and plain text.
 *
 * @param mime the type sent to Strapi
 */
public record FileType(String mime) {

  static final FileType PDF = new FileType("application/pdf");
  static final FileType DOCX =
      new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final FileType XLSX =
      new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final FileType ODT = new FileType("application/vnd.oasis.opendocument.text");
  static final FileType ODS = new FileType("application/vnd.oasis.opendocument.spreadsheet");
  static final FileType DOC = new FileType("application/msword");
  static final FileType XLS = new FileType("application/vnd.ms-excel");
  static final FileType JPEG = new FileType("image/jpeg");
  static final FileType PNG = new FileType("image/png");
  static final FileType TIFF = new FileType("image/tiff");
  static final FileType RTF = new FileType("application/rtf");
  static final FileType TEXT = new FileType("text/plain");

  private static final int HEAD = 8192;

  /** The extensions the upload form offers; the content decides in the end. */
  public static final String[] ACCEPTED_EXTENSIONS = {
    ".pdf", ".docx", ".xlsx", ".odt", ".ods", ".doc", ".xls", ".jpg", ".jpeg", ".png", ".tif",
    ".tiff", ".rtf", ".txt"
  };

  /**
   * What {@code file} is, by its content; empty for anything else (an executable, an archive of
   * other files, an empty file).
   *
   * @param fileName only used to tell old Word from old Excel, which share one container
   */
  public static Optional<FileType> detect(Path file, String fileName) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    if (head.length == 0) {
      return Optional.empty();
    }
    if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
      return zipped(file);
    }
    if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
      String name = fileName.toLowerCase(Locale.ROOT);
      return Optional.of(name.endsWith(".xls") ? XLS : DOC);
    }
    if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return Optional.of(PNG);
    }
    if (startsWith(head, new byte[] {'I', 'I', 42, 0})
        || startsWith(head, new byte[] {'M', 'M', 0, 42})) {
      return Optional.of(TIFF);
    }
    if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(RTF);
    }
    return isText(head) ? Optional.of(TEXT) : Optional.empty();
  }

  /** Office Open XML and OpenDocument files are zips: the entries tell which. */
  private static Optional<FileType> zipped(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("word/document.xml") != null) {
        return Optional.of(DOCX);
      }
      if (zip.getEntry("xl/workbook.xml") != null) {
        return Optional.of(XLSX);
      }
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() < 200) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
          // Writer also saves as text-web or text-master: still a text document.
          if (type.startsWith(ODT.mime())) {
            return Optional.of(ODT);
          }
          if (type.equals(ODS.mime())) {
            return Optional.of(ODS);
          }
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      // Starts like a zip but is not one: not a document we can read.
      return Optional.empty();
    }
  }

  /** UTF-8 (a multi-byte letter may be cut at the end of the head) without control bytes. */
  private static boolean isText(byte[] head) {
    for (byte b : head) {
      if (b == 0 || (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
        return false;
      }
    }
    int end = head.length;
    // Leave out an incomplete multi-byte sequence at the very end.
    for (int i = Math.max(0, head.length - 3); i < head.length; i++) {
      if ((head[i] & 0xC0) == 0xC0) {
        end = i;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }
}
