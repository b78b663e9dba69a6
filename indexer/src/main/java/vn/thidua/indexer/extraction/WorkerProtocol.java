package vn.thidua.indexer.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * What the indexer and an {@link ExtractionWorker} say to each other over the worker's standard
 * input and output: a request is a file's path and name; the answers are zero or more "OCR started"
 * frames, then the result. Binary frames with length-prefixed UTF-8 strings, because a file's text
 * can be megabytes long and contain any character.
 */
final class WorkerProtocol {

  /** Sent once by a worker when it is ready to read files. */
  static final int READY = 'H';

  static final int OCR_STARTED = 'O';
  static final int RESULT = 'R';
  private static final String PREFIX = "indexer.extraction.";

  /** The longest string accepted from the other side: the text ceiling in UTF-8, with room. */
  private static final int MAX_STRING_BYTES = 256 * 1024 * 1024;

  private WorkerProtocol() {}

  /** One file to extract. */
  record Request(String path, String fileName) {}

  static void writeRequest(DataOutputStream out, Request request) throws IOException {
    writeString(out, request.path());
    writeString(out, request.fileName());
    out.flush();
  }

  /** The next request, or null when the indexer closed the pipe (it stopped or died). */
  static @Nullable Request readRequest(DataInputStream in) throws IOException {
    String path;
    try {
      path = readString(in);
    } catch (EOFException e) {
      return null;
    }
    return new Request(path, readString(in));
  }

  static void writeOcrStarted(DataOutputStream out) throws IOException {
    out.writeByte(OCR_STARTED);
    out.flush();
  }

  static void writeResult(DataOutputStream out, ExtractionResult result) throws IOException {
    out.writeByte(RESULT);
    writeString(out, result.status().name());
    writeReason(out, result.reason());
    writeString(out, result.mediaType());
    out.writeBoolean(result.ocrUsed());
    out.writeInt(result.pages().size());
    for (PageText page : result.pages()) {
      out.writeInt(page.page() == null ? -1 : page.page());
      writeString(out, page.text());
    }
    out.flush();
  }

  /** Reads a result whose {@link #RESULT} frame byte has been read. */
  static ExtractionResult readResult(DataInputStream in) throws IOException {
    ExtractionStatus status = ExtractionStatus.valueOf(readString(in));
    Reason reason = readReason(in);
    String mediaType = readString(in);
    boolean ocrUsed = in.readBoolean();
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("negative page count " + count);
    }
    List<PageText> pages = new ArrayList<>(Math.min(count, 10_000));
    for (int i = 0; i < count; i++) {
      int page = in.readInt();
      pages.add(new PageText(page < 0 ? null : page, readString(in)));
    }
    return new ExtractionResult(status, reason, mediaType, pages, ocrUsed);
  }

  /**
   * The extraction settings as {@code indexer.extraction.<name>=<value>} arguments for the worker.
   * Every component of the record goes, so a setting added to {@link ExtractionProperties} reaches
   * the worker without a change here.
   */
  static List<String> arguments(ExtractionProperties properties) {
    List<String> arguments = new ArrayList<>();
    for (RecordComponent component : ExtractionProperties.class.getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(properties);
        arguments.add(PREFIX + kebab(component.getName()) + "=" + value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component.getName(), e);
      }
    }
    return arguments;
  }

  /** The settings back from {@link #arguments}, bound as Spring binds them in the indexer. */
  static ExtractionProperties properties(String[] arguments) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String argument : arguments) {
      int eq = argument.indexOf('=');
      if (eq > 0) {
        values.put(argument.substring(0, eq), argument.substring(eq + 1));
      }
    }
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate(PREFIX.substring(0, PREFIX.length() - 1), ExtractionProperties.class);
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** A reason as its code ("" for none) and its parameters, each a name, a type and a value. */
  private static void writeReason(DataOutputStream out, @Nullable Reason reason)
      throws IOException {
    writeString(out, reason == null ? "" : reason.code().name());
    if (reason == null) {
      return;
    }
    out.writeInt(reason.params().size());
    for (Map.Entry<String, Object> param : reason.params().entrySet()) {
      writeString(out, param.getKey());
      if (param.getValue() instanceof Number number) {
        out.writeByte('L');
        out.writeLong(number.longValue());
      } else {
        out.writeByte('S');
        writeString(out, String.valueOf(param.getValue()));
      }
    }
  }

  private static @Nullable Reason readReason(DataInputStream in) throws IOException {
    String code = readString(in);
    if (code.isEmpty()) {
      return null;
    }
    int count = in.readInt();
    if (count < 0 || count > 16) {
      throw new IOException(count + " reason parameters");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = readString(in);
      params.put(name, in.readByte() == 'L' ? (Object) in.readLong() : readString(in));
    }
    try {
      return new Reason(ReasonCode.valueOf(code), params);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown reason " + code, e);
    }
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES) {
      throw new IOException("string of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
