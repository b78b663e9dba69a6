package vn.thidua.indexer.strapi;

/** Strapi answered with a client error (403, 404 of a file, ...): trying again will not help. */
public class StrapiRefusedException extends RuntimeException {

  private final int status;

  public StrapiRefusedException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
