package vn.thidua.portal.strapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a Strapi 5 REST read, immutable: every method returns a new query.
 *
 * <pre>{@code
 * StrapiQuery.create()
 *     .populate("unit", "initiatives.unit")   // populate[unit]=true&populate[initiatives][populate][unit]=true
 *     .eq("unit.kind", UnitKind.DOANH_NGHIEP)  // filters[unit][kind][$eq]=doanh_nghiep
 *     .sortDesc("publishedDate")              // sort[0]=publishedDate:desc
 *     .page(1, 20);                            // pagination[page]=1&pagination[pageSize]=20
 * }</pre>
 *
 * Relations, media and components come back only when populated: name each one (see <a
 * href="https://docs.strapi.io/cms/api/rest/populate-select">populate and select</a>).
 */
public final class StrapiQuery {

  /** Strapi's default {@code maxLimit}. */
  public static final int MAX_PAGE_SIZE = 100;

  private final Set<String> populate;
  private final List<Map.Entry<String, String>> filters;
  private final List<String> sort;
  private final List<String> fields;
  private final @Nullable Integer page;
  private final @Nullable Integer pageSize;
  private final boolean draft;
  private final @Nullable String locale;

  private StrapiQuery(
      Set<String> populate,
      List<Map.Entry<String, String>> filters,
      List<String> sort,
      List<String> fields,
      @Nullable Integer page,
      @Nullable Integer pageSize,
      boolean draft,
      @Nullable String locale) {
    this.populate = populate;
    this.filters = filters;
    this.sort = sort;
    this.fields = fields;
    this.page = page;
    this.pageSize = pageSize;
    this.draft = draft;
    this.locale = locale;
  }

  public static StrapiQuery create() {
    return new StrapiQuery(Set.of(), List.of(), List.of(), List.of(), null, null, false, null);
  }

  /** Populates relations, media or components; a dotted path populates inside a relation. */
  public StrapiQuery populate(String... paths) {
    Set<String> next = new LinkedHashSet<>(populate);
    next.addAll(List.of(paths));
    return new StrapiQuery(next, filters, sort, fields, page, pageSize, draft, locale);
  }

  /**
   * Adds {@code filters[field][operator]=value}; a dotted field filters on a relation's field.
   *
   * @param operator a Strapi operator such as {@code $eq}, {@code $containsi}, {@code $lte}
   */
  public StrapiQuery filter(String field, String operator, Object value) {
    if (!operator.startsWith("$")) {
      throw new IllegalArgumentException("Strapi operators start with $: " + operator);
    }
    List<Map.Entry<String, String>> next = new ArrayList<>(filters);
    next.add(Map.entry("filters" + bracketed(field) + "[" + operator + "]", format(value)));
    return new StrapiQuery(populate, next, sort, fields, page, pageSize, draft, locale);
  }

  public StrapiQuery eq(String field, Object value) {
    return filter(field, "$eq", value);
  }

  /** Adds {@code filters[field][$in][i]=value} for each value. */
  public StrapiQuery in(String field, Collection<?> values) {
    List<Map.Entry<String, String>> next = new ArrayList<>(filters);
    int i = 0;
    for (Object value : values) {
      next.add(Map.entry("filters" + bracketed(field) + "[$in][" + i++ + "]", format(value)));
    }
    return new StrapiQuery(populate, next, sort, fields, page, pageSize, draft, locale);
  }

  public StrapiQuery sortAsc(String field) {
    return sorted(field + ":asc");
  }

  public StrapiQuery sortDesc(String field) {
    return sorted(field + ":desc");
  }

  private StrapiQuery sorted(String entry) {
    List<String> next = new ArrayList<>(sort);
    next.add(entry);
    return new StrapiQuery(populate, filters, next, fields, page, pageSize, draft, locale);
  }

  /** Reads only these fields of the entry itself (documentId and id always come back). */
  public StrapiQuery fields(String... names) {
    List<String> next = new ArrayList<>(fields);
    next.addAll(List.of(names));
    return new StrapiQuery(populate, filters, sort, next, page, pageSize, draft, locale);
  }

  /**
   * One page of results.
   *
   * @param page from 1
   * @param pageSize at most {@value #MAX_PAGE_SIZE}
   */
  public StrapiQuery page(int page, int pageSize) {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page from 1 and pageSize 1.." + MAX_PAGE_SIZE + ": " + page + ", " + pageSize);
    }
    return new StrapiQuery(populate, filters, sort, fields, page, pageSize, draft, locale);
  }

  /** Reads the draft versions (staff previews; needs the token, never a public read). */
  public StrapiQuery draft() {
    return new StrapiQuery(populate, filters, sort, fields, page, pageSize, true, locale);
  }

  public StrapiQuery locale(String locale) {
    return new StrapiQuery(populate, filters, sort, fields, page, pageSize, draft, locale);
  }

  /**
   * The same populate and fields, for the entries with these documentIds in {@code locale}: the
   * translations of a page already read in the default locale (filters, sort and paging are the
   * default locale's business; slugs and relations may differ by locale).
   */
  StrapiQuery translationOf(Collection<String> documentIds, String locale) {
    StrapiQuery only =
        new StrapiQuery(populate, List.of(), List.of(), fields, null, null, false, locale)
            .in("documentId", documentIds);
    return only.page(1, Math.clamp(documentIds.size(), 1, MAX_PAGE_SIZE));
  }

  public boolean isDraft() {
    return draft;
  }

  /** The URL-encoded query string without the leading {@code ?}; empty when nothing is set. */
  public String toQueryString() {
    Map<String, String> params = new LinkedHashMap<>();
    if (populate.contains("*")) {
      params.put("populate", "*");
    } else {
      populateParams(params);
    }
    filters.forEach(f -> params.put(f.getKey(), f.getValue()));
    for (int i = 0; i < sort.size(); i++) {
      params.put("sort[" + i + "]", sort.get(i));
    }
    for (int i = 0; i < fields.size(); i++) {
      params.put("fields[" + i + "]", fields.get(i));
    }
    if (page != null && pageSize != null) {
      params.put("pagination[page]", page.toString());
      params.put("pagination[pageSize]", pageSize.toString());
    }
    if (draft) {
      params.put("status", "draft");
    }
    if (locale != null) {
      params.put("locale", locale);
    }
    return params.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /**
   * Only the leaves are sent: {@code populate[a]=true} beside {@code populate[a][populate][b]}
   * would be an object and a value at once.
   */
  private void populateParams(Map<String, String> params) {
    for (String path : populate) {
      boolean hasChild = populate.stream().anyMatch(other -> other.startsWith(path + "."));
      if (!hasChild) {
        params.put("populate" + String.join("[populate]", bracketsOf(path)), "true");
      }
    }
  }

  private static List<String> bracketsOf(String dotted) {
    return List.of(dotted.split("\\.")).stream().map(part -> "[" + part + "]").toList();
  }

  private static String bracketed(String dotted) {
    return String.join("", bracketsOf(dotted));
  }

  private static String format(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    return value.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return toQueryString();
  }
}
