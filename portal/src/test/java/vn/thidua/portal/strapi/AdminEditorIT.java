package vn.thidua.portal.strapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

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
      checked += labelled(uid, config.path("contentType").path("metadatas"), type, missing);
      for (var component : config.path("components").properties()) {
        JsonNode schema = null;
        JsonNode components =
            json.readTree(get(token, "/content-manager/components").body()).path("data");
        for (JsonNode c : components) {
          if (c.path("uid").asString().equals(component.getKey())) {
            schema = c;
          }
        }
        if (schema != null) {
          checked +=
              labelled(component.getKey(), component.getValue().path("metadatas"), schema, missing);
        }
      }
    }
    assertThat(checked).as("fields checked").isGreaterThan(250);
    assertThat(missing).as("fields shown by their API name or without help").isEmpty();
  }

  /** Counts the fields of {@code schema} and notes those without a label of their own or help. */
  private static int labelled(
      String uid, JsonNode metadatas, JsonNode schema, java.util.List<String> missing) {
    int n = 0;
    for (var attribute : schema.path("attributes").properties()) {
      String field = attribute.getKey();
      JsonNode edit = metadatas.path(field).path("edit");
      if (edit.isMissingNode()) {
        continue; // id, documentId, timestamps: the admin does not edit them
      }
      n++;
      String label = edit.path("label").asString("");
      if (label.isBlank()
          || label.equals(field)
          || edit.path("description").asString("").isBlank()) {
        missing.add(uid + "." + field + " (label '" + label + "')");
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
