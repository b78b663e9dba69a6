package vn.thidua.portal.strapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import vn.thidua.portal.strapi.StrapiHttp.Anonymous;
import vn.thidua.portal.strapi.StrapiHttp.ApiToken;
import vn.thidua.portal.strapi.StrapiHttp.Credentials;
import vn.thidua.portal.strapi.StrapiHttp.ForClient;
import vn.thidua.portal.strapi.StrapiHttp.UserJwt;
import vn.thidua.portal.strapi.model.StrapiLogin;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.StrapiPage.Pagination;
import vn.thidua.portal.strapi.model.StrapiUser;

/**
 * The portal's typed client for Strapi 5's REST API. Thread-safe; one bean.
 *
 * <ul>
 *   <li>{@code find*Public} methods read published content as Strapi's public role, cached briefly;
 *       while Strapi is down they return the last good value marked {@link Cached#stale()}. Use
 *       them for everything an anonymous reader sees.
 *   <li>The other reads and the writes use the portal's API token (server side only); {@link
 *       #asUser(String)} gives a client that speaks with a signed-in user's JWT instead.
 *   <li>Failures are {@link StrapiException}s; reads are retried, writes are not.
 * </ul>
 */
public final class StrapiClient {

  private final StrapiHttp http;
  private final PublicReadCache cache;
  private final Credentials credentials;

  StrapiClient(StrapiHttp http, PublicReadCache cache, Credentials credentials) {
    this.http = http;
    this.cache = cache;
    this.credentials = credentials;
  }

  /** A client for the Strapi that {@code properties} describe (one per application). */
  public static StrapiClient create(StrapiProperties properties, Clock clock) {
    return StrapiConfiguration.create(properties, clock, Thread::sleep);
  }

  static StrapiClient withToken(StrapiHttp http, PublicReadCache cache, String token) {
    return new StrapiClient(http, cache, new ApiToken(token));
  }

  /** A client that acts as the signed-in user (Strapi applies that user's permissions). */
  public StrapiClient asUser(String jwt) {
    return new StrapiClient(http, cache, new UserJwt(jwt));
  }

  // --- reads with the token (staff, workspaces, drafts) ---

  /** One page of entries. */
  public <T> StrapiPage<T> find(ContentType<T> type, StrapiQuery query) {
    return page(http.get(collection(type), query.toQueryString(), credentials), type.type());
  }

  /**
   * Every entry of {@code query}, page after page in the order of their ids, reading at most {@code
   * maxPages} pages of {@link StrapiQuery#MAX_PAGE_SIZE}.
   */
  public <T> List<T> findAll(ContentType<T> type, StrapiQuery query, int maxPages) {
    List<T> out = new ArrayList<>();
    for (int page = 1; page <= maxPages; page++) {
      StrapiPage<T> p = find(type, query.sortAsc("id").page(page, StrapiQuery.MAX_PAGE_SIZE));
      out.addAll(p.data());
      if (page >= p.pagination().pageCount()) {
        break;
      }
    }
    return out;
  }

  /** One entry by its documentId; {@link StrapiNotFoundException} when there is none. */
  public <T> T findOne(ContentType<T> type, String documentId, StrapiQuery query) {
    return data(http.get(entry(type, documentId), query.toQueryString(), credentials), type.type());
  }

  /** The entry with this slug, if any. */
  public <T> Optional<T> findBySlug(ContentType<T> type, String slug, StrapiQuery query) {
    return find(type, query.eq("slug", slug).page(1, 1)).data().stream().findFirst();
  }

  /** A single type, such as the site settings. */
  public <T> T findSingle(SingleType<T> type, StrapiQuery query) {
    return data(
        http.get("/api/" + type.singularId(), query.toQueryString(), credentials), type.type());
  }

  // --- public reads: anonymous, published only, cached ---

  public <T> Cached<StrapiPage<T>> findPublic(ContentType<T> type, StrapiQuery query) {
    String q = published(query);
    return cache.get(
        key(collection(type), q),
        () -> page(http.get(collection(type), q, new Anonymous()), type.type()));
  }

  public <T> Cached<T> findOnePublic(ContentType<T> type, String documentId, StrapiQuery query) {
    String q = published(query);
    String path = entry(type, documentId);
    return cache.get(key(path, q), () -> data(http.get(path, q, new Anonymous()), type.type()));
  }

  /** The published entry with this slug, if any. */
  public <T> Cached<Optional<T>> findBySlugPublic(
      ContentType<T> type, String slug, StrapiQuery query) {
    return findPublic(type, query.eq("slug", slug).page(1, 1))
        .map(page -> page.data().stream().findFirst());
  }

  public <T> Cached<T> findSinglePublic(SingleType<T> type, StrapiQuery query) {
    String q = published(query);
    String path = "/api/" + type.singularId();
    return cache.get(key(path, q), () -> data(http.get(path, q, new Anonymous()), type.type()));
  }

  // --- public reads in the reader's language ---

  /**
   * {@link #findPublic(ContentType, StrapiQuery)} in a reader's language: the page is chosen in
   * Vietnamese (filters, order, paging) and each entry's translation, if any, is laid over it field
   * by field, so an untranslated entry or field reads in Vietnamese.
   */
  public <T> Cached<StrapiPage<T>> findPublic(
      ContentType<T> type, StrapiQuery query, Locale language) {
    String locale = ContentLanguage.of(language);
    if (ContentLanguage.DEFAULT.equals(locale)) {
      return findPublic(type, query);
    }
    String q = published(query);
    return cache.get(
        key(collection(type), q) + "#" + locale,
        () -> page(translatedPage(type, query, q, locale), type.type()));
  }

  /** {@link #findBySlugPublic(ContentType, String, StrapiQuery)} in a reader's language. */
  public <T> Cached<Optional<T>> findBySlugPublic(
      ContentType<T> type, String slug, StrapiQuery query, Locale language) {
    return findPublic(type, query.eq("slug", slug).page(1, 1), language)
        .map(page -> page.data().stream().findFirst());
  }

  /** {@link #findSinglePublic(SingleType, StrapiQuery)} in a reader's language. */
  public <T> Cached<T> findSinglePublic(SingleType<T> type, StrapiQuery query, Locale language) {
    String locale = ContentLanguage.of(language);
    if (ContentLanguage.DEFAULT.equals(locale)) {
      return findSinglePublic(type, query);
    }
    String q = published(query);
    String path = "/api/" + type.singularId();
    return cache.get(
        key(path, q) + "#" + locale,
        () -> {
          JsonNode original = http.get(path, q, new Anonymous());
          JsonNode translation;
          try {
            translation = http.get(path, published(query.locale(locale)), new Anonymous());
          } catch (StrapiNotFoundException e) {
            return data(original, type.type());
          }
          JsonNode merged =
              TranslationOverlay.overlay(original.path("data"), translation.path("data"));
          return convert(merged, http.mapper().constructType(type.type()), type.singularId());
        });
  }

  private JsonNode translatedPage(ContentType<?> type, StrapiQuery query, String q, String locale) {
    JsonNode original = http.get(collection(type), q, new Anonymous());
    List<String> ids = new ArrayList<>();
    original.path("data").forEach(entry -> ids.add(entry.path("documentId").asString("")));
    if (ids.isEmpty()) {
      return original;
    }
    JsonNode translations =
        http.get(collection(type), published(query.translationOf(ids, locale)), new Anonymous());
    return TranslationOverlay.overlayPage(original, translations);
  }

  // --- writes ---

  /**
   * Creates an entry.
   *
   * @param data the fields, as a record or a map (null fields are not sent); relations by
   *     documentId
   */
  public <T> T create(ContentType<T> type, Object data, Publication publication) {
    return data(
        http.send("POST", collection(type), status(publication), wrap(data), credentials),
        type.type());
  }

  /** Updates the fields given in {@code data}; the others keep their value. */
  public <T> T update(
      ContentType<T> type, String documentId, Object data, Publication publication) {
    return data(
        http.send("PUT", entry(type, documentId), status(publication), wrap(data), credentials),
        type.type());
  }

  /** Publishes the current draft unchanged (Strapi 5: a PUT with empty data, no draft status). */
  public <T> T publish(ContentType<T> type, String documentId) {
    return update(type, documentId, Map.of(), Publication.PUBLISHED);
  }

  /**
   * Takes the published version down, keeping the draft. Strapi 5's REST API has no such action of
   * its own: this calls the {@code POST /api/{type}/{documentId}/unpublish} route that cms-config
   * adds to each type.
   */
  public void unpublish(ContentType<?> type, String documentId) {
    http.send("POST", entry(type, documentId) + "/unpublish", "", null, credentials);
  }

  /** Deletes the entry, draft and published versions alike. */
  public void delete(ContentType<?> type, String documentId) {
    http.send("DELETE", entry(type, documentId), "", null, credentials);
  }

  /**
   * Uploads a file to the media library and attaches it to an entry's media field, streaming it:
   * the file is never held whole in memory. Tried once.
   *
   * @return the media Strapi made (one per file)
   */
  public List<StrapiMedia> upload(UploadSource file, UploadTarget target) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("ref", target.ref());
    fields.put("refId", Long.toString(target.refId()));
    fields.put("field", target.field());
    JsonNode json =
        http.upload("/api/upload", new MultipartBody(fields, "files", file), credentials);
    return convert(json, listOf(StrapiMedia.class), "/api/upload");
  }

  /**
   * Uploads a file to the media library without attaching it to an entry (an image an editor puts
   * in a story's text, which the text then names). Tried once.
   *
   * @return the media Strapi made
   */
  public List<StrapiMedia> upload(UploadSource file) {
    JsonNode json =
        http.upload("/api/upload", new MultipartBody(Map.of(), "files", file), credentials);
    return convert(json, listOf(StrapiMedia.class), "/api/upload");
  }

  /**
   * Streams a media file into {@code out} with the portal's credentials, for the portal's own
   * download endpoints (which check who may read it first).
   *
   * @param url the media's {@link StrapiMedia#url()}, relative to Strapi
   * @return the number of bytes copied
   */
  public long download(String url, java.io.OutputStream out) {
    if (!url.startsWith("/")) {
      throw new IllegalArgumentException("Only files Strapi serves itself: " + url);
    }
    return http.download(url, out, credentials);
  }

  /**
   * Opens a media file for streaming, with the portal's credentials ({@code asPublic} false) or as
   * Strapi's public role would read it; the caller closes it.
   *
   * @param url the media's {@link StrapiMedia#url()}, relative to Strapi
   * @throws StrapiNotFoundException when Strapi has no such file for these credentials
   */
  public StrapiFile open(String url, boolean asPublic) {
    if (!url.startsWith("/")) {
      throw new IllegalArgumentException("Only files Strapi serves itself: " + url);
    }
    return http.open(url, asPublic ? new Anonymous() : credentials);
  }

  // --- users ---

  /**
   * Signs a user in with Strapi's users-permissions ({@code POST /api/auth/local}). Wrong
   * credentials come back as a {@link StrapiValidationException} (Strapi answers 400).
   */
  public StrapiLogin login(String identifier, String password) {
    return login(identifier, password, null);
  }

  /**
   * The same, for a browser at {@code clientAddress}: sent with the portal's key, so Strapi counts
   * the attempt against that browser's address, not against the portal's (which every user shares).
   */
  public StrapiLogin login(String identifier, String password, @Nullable String clientAddress) {
    Credentials as =
        clientAddress != null && credentials instanceof ApiToken(String token)
            ? new ForClient(token, clientAddress)
            : new Anonymous();
    JsonNode json =
        http.send(
            "POST",
            "/api/auth/local",
            "",
            Map.of("identifier", identifier, "password", password),
            as);
    return convert(json, http.mapper().constructType(StrapiLogin.class), "/api/auth/local");
  }

  /** The user a JWT belongs to, with role and unit. */
  public StrapiUser me(String jwt) {
    String query = StrapiQuery.create().populate("role", "unit").toQueryString();
    JsonNode json = http.get("/api/users/me", query, new UserJwt(jwt));
    return convert(json, http.mapper().constructType(StrapiUser.class), "/api/users/me");
  }

  /** The status of Strapi's {@code /_health} (204 when up), for the health indicator. */
  int healthStatus() {
    return http.probe("/_health");
  }

  /** Forgets every cached public read, e.g. when an editor has just published. */
  public void evictPublicCache() {
    cache.clear();
  }

  // --- mapping ---

  private static String collection(ContentType<?> type) {
    return "/api/" + type.pluralId();
  }

  private static String entry(ContentType<?> type, String documentId) {
    return collection(type) + "/" + URLEncoder.encode(documentId, StandardCharsets.UTF_8);
  }

  private static String status(Publication publication) {
    return publication == Publication.DRAFT ? "status=draft" : "";
  }

  private static String published(StrapiQuery query) {
    if (query.isDraft()) {
      throw new IllegalArgumentException("A public read never asks for drafts");
    }
    return query.toQueryString();
  }

  private static String key(String path, String query) {
    return path + "?" + query;
  }

  private static Map<String, Object> wrap(Object data) {
    return Map.of("data", data);
  }

  private <T> StrapiPage<T> page(JsonNode json, Class<T> type) {
    List<T> data = convert(json.path("data"), listOf(type), type.getSimpleName());
    JsonNode p = json.path("meta").path("pagination");
    Pagination pagination =
        p.isObject()
            ? new Pagination(
                p.path("page").asInt(1),
                p.path("pageSize").asInt(data.size()),
                p.path("pageCount").asInt(1),
                p.path("total").asInt(data.size()))
            : Pagination.single(data.size());
    return new StrapiPage<>(data, pagination);
  }

  private <T> T data(JsonNode json, Class<T> type) {
    JsonNode data = json.path("data");
    if (data.isNull() || data.isMissingNode()) {
      throw new StrapiNotFoundException("Strapi answered without data for " + type.getSimpleName());
    }
    return convert(data, http.mapper().constructType(type), type.getSimpleName());
  }

  private JavaType listOf(Class<?> element) {
    return http.mapper().getTypeFactory().constructCollectionType(List.class, element);
  }

  private <T> T convert(JsonNode json, JavaType type, String what) {
    try {
      T value = http.mapper().treeToValue(json, type);
      if (value == null) {
        throw new StrapiMalformedResponseException("Strapi answered null for " + what, null);
      }
      return value;
    } catch (JacksonException e) {
      throw new StrapiMalformedResponseException(
          "Strapi's answer for %s does not fit the content model: %s"
              .formatted(what, e.getOriginalMessage()),
          e);
    }
  }

  @Override
  public String toString() {
    return "StrapiClient[" + credentials + "]";
  }
}
