package vn.thidua.portal.uploads;

import java.io.IOException;

/** More bytes arrived than a file may have; the copy stopped there. */
public final class FileTooLargeException extends IOException {

  private final long limit;

  FileTooLargeException(long limit) {
    super("The file is larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
