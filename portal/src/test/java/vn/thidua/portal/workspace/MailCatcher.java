package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/** The test stack's mail catcher (GreenMail), read through its web API. */
public final class MailCatcher {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MailCatcher() {}

  /** What the mail catcher received for {@code address}, oldest first. */
  public static List<JsonNode> mailsTo(String address) {
    String port = System.getenv("MAIL_WEB_PORT");
    if (port == null || port.isBlank()) {
      port = String.valueOf(TestStack.portalUrl().getPort() + 946);
    }
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + port + "/api/user/" + address + "/messages/INBOX"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // GreenMail knows an address only once something was delivered to it.
      if (r.statusCode() == 400 && r.body().contains("not found")) {
        return List.of();
      }
      assertThat(r.statusCode()).as("the mail catcher answers: %s", r.body()).isEqualTo(200);
      return StreamSupport.stream(JSON.readTree(r.body()).spliterator(), false).toList();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("the mail catcher cannot be reached on port " + port, e);
    }
  }

  /** The subjects of what {@code address} received. */
  public static List<String> subjectsTo(String address) {
    return mailsTo(address).stream().map(m -> m.path("subject").asString()).toList();
  }
}
