package vn.thidua.portal.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/**
 * A closed meeting's votes are final in Strapi itself (issue 12), not only in the portal: with the
 * portal's own token, on the running Strapi, no vote of a closed meeting is created, changed or
 * deleted, and a vote cannot be moved into a closed meeting.
 */
class ClosedMeetingVotesIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void strapi_refuses_every_vote_write_on_a_closed_meeting_even_with_the_portal_token()
      throws Exception {
    String closed = meeting();
    String open = meeting();
    String proposal = id(send("POST", "proposals", proposal()));
    String vote = id(send("POST", "votes", vote(closed, proposal, "agree")));

    assertThat(send("PUT", "council-meetings/" + closed, Map.of("status", "closed")).status())
        .isEqualTo(200);

    Answer created = send("POST", "votes", vote(closed, proposal, "disagree"));
    assertThat(created.status()).as("a new vote: %s", created.body()).isEqualTo(400);
    assertThat(created.body().path("error").path("message").asString()).contains("closed");

    Answer changed = send("PUT", "votes/" + vote, Map.of("choice", "disagree"));
    assertThat(changed.status()).as("a changed vote: %s", changed.body()).isEqualTo(400);

    Answer moved = send("PUT", "votes/" + vote, Map.of("meeting", open));
    assertThat(moved.status()).as("a vote moved out: %s", moved.body()).isEqualTo(400);

    String other = id(send("POST", "votes", vote(open, proposal, "agree")));
    Answer movedIn = send("PUT", "votes/" + other, Map.of("meeting", closed));
    assertThat(movedIn.status()).as("a vote moved in: %s", movedIn.body()).isEqualTo(400);

    JsonNode kept = send("GET", "votes/" + vote + "?populate=meeting", null).body().path("data");
    assertThat(kept.path("choice").asString())
        .as("the recorded vote is unchanged")
        .isEqualTo("agree");
    assertThat(kept.path("meeting").path("documentId").asString()).isEqualTo(closed);

    assertThat(send("PUT", "votes/" + other, Map.of("choice", "disagree")).status())
        .as("a vote of an open meeting still changes")
        .isEqualTo(200);
  }

  private static String meeting() throws Exception {
    return id(
        send(
            "POST",
            "council-meetings",
            Map.of(
                "title",
                "Phiên họp thử " + UUID.randomUUID(),
                "date",
                "2026-11-30",
                "stage",
                "annual",
                "year",
                2026,
                "status",
                "open")));
  }

  private static Map<String, Object> proposal() {
    return Map.of("stage", "annual", "year", 2026, "awardForm", "Giấy khen", "result", "pending");
  }

  private static Map<String, Object> vote(String meeting, String proposal, String choice) {
    return Map.of(
        "meeting",
        meeting,
        "proposal",
        proposal,
        "choice",
        choice,
        "memberUsername",
        "hoidong",
        "voteKey",
        UUID.randomUUID().toString());
  }

  private record Answer(int status, JsonNode body) {}

  private static String id(Answer answer) {
    assertThat(answer.status()).as("%s", answer.body()).isIn(200, 201);
    return answer.body().path("data").path("documentId").asString();
  }

  private static Answer send(String method, String path, Map<String, Object> data)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/api/" + path))
            .header("Authorization", "Bearer " + TestStack.secret("STRAPI_PORTAL_TOKEN"))
            .header("Content-Type", "application/json");
    request.method(
        method,
        data == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("data", data))));
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), JSON.readTree(r.body()));
  }
}
