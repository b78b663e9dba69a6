package vn.thidua.indexer.strapi;

/** A download went over the size limit and was stopped. */
public class FileTooLargeException extends RuntimeException {

  public FileTooLargeException(long limit) {
    super("larger than " + limit + " bytes");
  }
}
