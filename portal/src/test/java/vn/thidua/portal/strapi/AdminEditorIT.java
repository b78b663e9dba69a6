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
 * reports.
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
