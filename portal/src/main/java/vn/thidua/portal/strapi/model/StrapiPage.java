package vn.thidua.portal.strapi.model;

import java.util.List;

/** One page of a collection read, with Strapi's pagination meta. */
public record StrapiPage<T>(List<T> data, Pagination pagination) {

  public StrapiPage {
    data = Lists.orEmpty(data);
  }

  /** Pagination as Strapi reports it ({@code meta.pagination}). */
  public record Pagination(int page, int pageSize, int pageCount, int total) {

    public static Pagination single(int size) {
      return new Pagination(1, size, 1, size);
    }
  }
}
