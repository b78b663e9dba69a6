package vn.thidua.indexer.reason;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reasons a file status can give, with the names of their parameters. The portal's bundles have
 * one sentence per code ({@code indexer.reason.<code>}, vi and en); the Vietnamese sentence here
 * only fills the old {@code reason} field.
 */
public enum ReasonCode {
  // Waiting and working.
  QUEUED("Đang chờ xử lý."),
  REQUEUED_AFTER_RESTART("Đang chờ xử lý lại sau khi khởi động."),
  RETRY_REQUESTED("Quản trị viên đã cho đọc lại tệp; đang chờ xử lý."),
  DOWNLOADING("Đang tải và đọc tệp."),
  OCR_RUNNING("Đang nhận dạng chữ (OCR) trên bản quét; có thể mất vài phút."),
  STRAPI_UNAVAILABLE("Chưa tải được tệp từ Strapi; hệ thống sẽ tự thử lại."),
  SEARCH_UNAVAILABLE("Máy chủ tìm kiếm chưa sẵn sàng; hệ thống sẽ tự thử lại."),
  // Ended well.
  INDEXED("Đã đưa vào tìm kiếm."),
  INDEXED_PAGES("Đã đưa vào tìm kiếm ({pages} trang).", "pages"),
  OCR_INDEXED("Đã nhận dạng chữ (OCR) và đưa vào tìm kiếm."),
  OCR_PAGES("Đã nhận dạng chữ (OCR) và đưa vào tìm kiếm ({pages} trang).", "pages"),
  PARTIAL(
      "Tệp dài hơn giới hạn {maxCharacters} ký tự: chỉ phần đầu được đưa vào tìm kiếm.",
      "maxCharacters"),
  // Refused: the file as it is will not be read.
  EMPTY("Tệp rỗng (0 byte)."),
  NO_TEXT("Tệp không có chữ nào để tìm kiếm."),
  NO_TEXT_OCR("Không nhận dạng được chữ nào trong ảnh quét."),
  ENCRYPTED("Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy gửi bản không đặt mật khẩu."),
  UNSUPPORTED(
      "Không đọc được loại tệp này ({mediaType}). Hãy gửi PDF, DOCX, DOC, ODT, RTF, XLSX, XLS, ODS,"
          + " TXT, HTML hoặc ảnh.",
      "mediaType"),
  TOO_LARGE("Tệp lớn hơn giới hạn {limitMb} MB; hãy tách tệp hoặc nén ảnh.", "limitMb"),
  // Failed.
  UNREADABLE("Không đọc được tệp ({detail}).", "detail"),
  BROKEN("Tệp bị hỏng hoặc không đọc được ({detail}). Hãy gửi lại tệp.", "detail"),
  TIMEOUT(
      "Xử lý tệp quá thời gian cho phép ({seconds} giây). Hãy gửi bản nhỏ hơn hoặc tách tệp.",
      "seconds"),
  ZIP_BOMB("Tệp có cấu trúc nén bất thường (nghi là zip bomb) nên bị từ chối."),
  ZIP_INFLATION(
      "Tệp nén bất thường: phần bên trong tệp bung ra tới {unpackedMb} MB, vượt xa một báo cáo"
          + " thật. Hãy mở tệp, lưu lại hoặc xuất sang PDF rồi tải lên lại.",
      "unpackedMb"),
  NESTED_TOO_DEEP(
      "Tệp chứa tài liệu nhúng lồng nhau quá {levels} cấp nên bị từ chối. Hãy lưu các tài liệu"
          + " nhúng thành tệp riêng rồi gửi lại.",
      "levels"),
  OUT_OF_MEMORY(
      "Tệp nén bất thường hoặc quá lớn: đọc tệp cần nhiều hơn {heapMb} MB bộ nhớ nên đã bị dừng."
          + " Hãy lưu lại tệp ở định dạng thông thường hoặc tách thành tệp nhỏ hơn.",
      "heapMb"),
  PARSER_CRASHED(
      "Trình đọc tệp dừng bất thường khi đọc tệp này (mã {exitCode}). Tệp có thể bị hỏng; hãy mở,"
          + " lưu lại và gửi lại.",
      "exitCode"),
  STRAPI_REFUSED("Strapi không trả tệp này (mã {status}); tệp có thể đã bị xóa.", "status"),
  INDEX_REFUSED("Elasticsearch từ chối nội dung tệp: {detail}", "detail"),
  FAILED_REPEATEDLY("Xử lý thất bại nhiều lần ({detail}).", "detail"),
  QUARANTINED(
      "Quá nhiều lần đọc thất bại ({attempts} lần, có thể đã làm dịch vụ đọc tệp dừng đột ngột) nên"
          + " tệp được tạm gác lại: tệp có thể bị hỏng, quá lớn hoặc nén bất thường. Hãy mở thử"
          + " tệp, lưu lại hoặc xuất sang PDF rồi tải lên lại; quản trị viên có thể cho đọc lại"
          + " tệp này.",
      "attempts");

  private final String vietnamese;
  private final List<String> params;

  ReasonCode(String vietnamese, String... params) {
    this.vietnamese = vietnamese;
    this.params = List.of(params);
  }

  /** The code as the API sends it: {@code too_large}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The names of the parameters, in the order the portal's sentence uses them. */
  public List<String> params() {
    return params;
  }

  String vietnamese() {
    return vietnamese;
  }

  public static Optional<ReasonCode> of(String value) {
    return Arrays.stream(values()).filter(c -> c.value().equals(value)).findFirst();
  }
}
