package vn.thidua.portal.strapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;
import vn.thidua.portal.workspace.Browser;

/**
 * The seeded editor of Strapi's admin (role Editor, password from the stack's secrets) opens the
 * stories in Vietnamese and reaches nothing else: not the users, the settings or the units'
 * reports. Every field of every content type and component reads by a Vietnamese label with a help
 * text (the content-manager configuration in {@code cms-config/src/setup/admin-fields.json}), and a
 * story's tags are a list, not raw JSON.
 */
class AdminEditorIT {

  private static final String EDITOR = "bientap@daison.example";

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String signIn(String email, String password) throws Exception {
    String body = json.writeValueAsString(java.util.Map.of("email", email, "password", password));
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/admin/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return json.readTree(login.body()).path("data").path("token").asString();
  }

  private HttpResponse<String> get(String token, String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + path))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  @Test
  void the_seeded_editor_signs_in_to_the_admin_in_vietnamese_and_sees_the_stories()
      throws Exception {
    String token = signIn(EDITOR, TestStack.secret("DEMO_PASSWORD_EDITOR"));

    JsonNode me = json.readTree(get(token, "/admin/users/me").body()).path("data");
    assertThat(me.path("preferedLanguage").asString()).isEqualTo("vi");
    assertThat(me.path("roles").get(0).path("code").asString()).isEqualTo("strapi-editor");

    HttpResponse<String> stories =
        get(token, "/content-manager/collection-types/api::story.story?page=1&pageSize=10");
    assertThat(stories.statusCode()).as(stories.body()).isEqualTo(200);
    assertThat(json.readTree(stories.body()).path("results").size()).isGreaterThan(0);
  }

  @Test
  void the_editor_edits_a_storys_tags_as_a_list_and_reads_each_field_by_its_vietnamese_label()
      throws Exception {
    String token = signIn(EDITOR, TestStack.secret("DEMO_PASSWORD_EDITOR"));
    HttpResponse<String> story =
        get(token, "/content-manager/content-types/api::story.story/configuration");
    assertThat(story.statusCode()).as(story.body()).isEqualTo(200);
    JsonNode metadatas =
        json.readTree(story.body()).path("data").path("contentType").path("metadatas");
    assertThat(metadatas.path("tags").path("edit").path("label").asString()).isEqualTo("Thẻ");
    assertThat(metadatas.path("sourceFileName").path("edit").path("label").asString())
        .isEqualTo("Tệp nguồn");
    assertThat(metadatas.path("sourceFileName").path("edit").path("description").asString())
        .isNotBlank();

    // The admin's own list of content types: tags are the list field, not the JSON editor.
    HttpResponse<String> types = get(token, "/content-manager/content-types");
    assertThat(types.statusCode()).as(types.body()).isEqualTo(200);
    JsonNode storyType = null;
    for (JsonNode t : json.readTree(types.body()).path("data")) {
      if (t.path("uid").asString().equals("api::story.story")) {
        storyType = t;
      }
    }
    assertThat(storyType).as("the editor sees the story type").isNotNull();
    assertThat(storyType.path("attributes").path("tags").path("customField").asString())
        .isEqualTo("global::tags");
  }

  @Test
  void in_the_admin_the_editor_reads_a_storys_fields_by_their_labels_and_adds_a_tag_to_its_list()
      throws Exception {
    String story =
        vn.thidua.portal.StrapiAsPortal.documentIdOf(
            "stories", "slug", "cong-ty-may-dai-son-phan-loai-rac-tai-nguon");
    try (Browser b = new Browser()) {
      b.driver.get(TestStack.strapiUrl() + "/admin/auth/login");
      Browser.until(
          Duration.ofSeconds(60), () -> !b.driver.findElements(By.name("email")).isEmpty());
      b.driver.findElement(By.name("email")).sendKeys(EDITOR);
      b.driver
          .findElement(By.name("password"))
          .sendKeys(TestStack.secret("DEMO_PASSWORD_EDITOR"), Keys.ENTER);
      Browser.until(
          Duration.ofSeconds(60), () -> !b.driver.getCurrentUrl().contains("/auth/login"));
      b.driver.get(
          TestStack.strapiUrl()
              + "/admin/content-manager/collection-types/api::story.story/"
              + story
              + "?plugins[i18n][locale]=vi");
      Browser.until(
          Duration.ofSeconds(60),
          () -> !b.driver.findElements(By.cssSelector("input[name='tags-new']")).isEmpty());
      String page = String.valueOf(b.js("return document.body.innerText;"));
      assertThat(page)
          .contains("Tệp nguồn", "Mô tả ảnh bìa", "Đoạn trích")
          .doesNotContain("sourceFileName", "coverAlt");
      // The seeded tags, each a chip of the list, and a new one added with Enter.
      assertThat(chips(b)).contains("chuyển đổi xanh", "rác thải", "doanh nghiệp");
      b.driver
          .findElement(By.cssSelector("input[name='tags-new']"))
          .sendKeys("may mặc", Keys.ENTER);
      Browser.until(Duration.ofSeconds(10), () -> chips(b).contains("may mặc"));
    }
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<String> chips(Browser b) {
    return (java.util.List<String>)
        b.js(
            "return Array.from(document.querySelectorAll('[role=listitem]'))"
                + ".map(e => e.innerText.trim());");
  }

  @Test
  void every_field_of_every_content_type_and_component_has_a_vietnamese_label_and_help()
      throws Exception {
    String token =
        signIn(TestStack.secret("STRAPI_ADMIN_EMAIL"), TestStack.secret("STRAPI_ADMIN_PASSWORD"));
    java.util.List<String> missing = new java.util.ArrayList<>();
    JsonNode types =
        json.readTree(get(token, "/content-manager/content-types").body()).path("data");
    int checked = 0;
    for (JsonNode type : types) {
      String uid = type.path("uid").asString();
      if (!uid.startsWith("api::")) {
        continue;
      }
      JsonNode config =
          json.readTree(
                  get(token, "/content-manager/content-types/" + uid + "/configuration").body())
              .path("data");
      JsonNode own = config.path("contentType");
      checked += labelled(uid, own.path("metadatas"), own.path("layouts"), missing);
      for (var component : config.path("components").properties()) {
        JsonNode c = component.getValue();
        checked += labelled(component.getKey(), c.path("metadatas"), c.path("layouts"), missing);
      }
    }
    assertThat(checked).as("fields checked").isGreaterThan(200);
    assertThat(missing).as("fields shown by their API name or without help").isEmpty();
  }

  /**
   * Counts the fields the edit view of {@code uid} shows (its layout's rows; ids and timestamps are
   * Strapi's own, in the side panel) and notes those without a label of their own or a help text.
   */
  private static int labelled(
      String uid, JsonNode metadatas, JsonNode layout, java.util.List<String> missing) {
    int n = 0;
    for (JsonNode row : layout.path("edit")) {
      for (JsonNode cell : row) {
        String field = cell.path("name").asString();
        JsonNode edit = metadatas.path(field).path("edit");
        n++;
        String label = edit.path("label").asString("");
        if (label.isBlank()
            || label.equals(field)
            || edit.path("description").asString("").isBlank()) {
          missing.add(uid + "." + field + " (label '" + label + "')");
        }
      }
    }
    return n;
  }

  @Test
  void the_seeded_editor_cannot_see_users_settings_or_reports() throws Exception {
    String token = signIn(EDITOR, TestStack.secret("DEMO_PASSWORD_EDITOR"));

    assertThat(get(token, "/admin/users?page=1&pageSize=10").statusCode()).isEqualTo(403);
    assertThat(get(token, "/admin/roles").statusCode()).isEqualTo(403);
    assertThat(get(token, "/admin/api-tokens").statusCode()).isEqualTo(403);
    assertThat(get(token, "/admin/webhooks").statusCode()).isEqualTo(403);
    assertThat(
            get(
                    token,
                    "/content-manager/collection-types/plugin::users-permissions.user?page=1&pageSize=10")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            get(token, "/content-manager/collection-types/api::report.report?page=1&pageSize=10")
                .statusCode())
        .isEqualTo(403);
  }
}
