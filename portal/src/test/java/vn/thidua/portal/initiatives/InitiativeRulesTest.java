package vn.thidua.portal.initiatives;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.initiatives.InitiativeService.Assessment;
import vn.thidua.portal.initiatives.InitiativeService.NewInitiative;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.model.InitiativeField;

/**
 * A unit's initiative (issue 17): at least one criterion; criteria, evidence and self-assessment
 * change only until staff verify it; a score outside the criterion's scale is refused with the
 * scale, and nothing is written.
 */
class InitiativeRulesTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private InitiativeRegistration registration;

  @BeforeEach
  void setUp() {
    StrapiClient client = TestBeans.strapi(URI.create(strapi.baseUrl()));
    // The report service is not reached by these rules (no file is sent).
    registration =
        new InitiativeRegistration(
            client, null, null, TestUsers.currentUser(), TestBeans.CLOCK, null);
    TestUsers.signIn(PortalRole.UNIT, "unitA");
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
  }

  private static void initiative(String status) {
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiatives/iniA"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":7,"documentId":"iniA","title":"Sổ điện tử","year":2026,
                      "reviewStatus":"%s","unit":{"id":1,"documentId":"unitA","name":"A"},
                      "criteria":[{"id":3,"documentId":"c1","code":"1.1.a","title":"Tiêu chí",
                        "weight":1}],"evidence":[]}}
                    """
                        .formatted(status))));
  }

  @Test
  void an_initiative_without_a_criterion_is_refused_and_nothing_is_created() {
    assertThatThrownBy(
            () ->
                registration.register(
                    new NewInitiative(
                        "Sổ điện tử", InitiativeField.CHUYEN_DOI_SO, 2026, "", "", List.of())))
        .isInstanceOfSatisfying(
            InitiativeRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("workspace.initiatives.criteria-required"));
    strapi.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void a_score_outside_the_criterions_scale_is_refused_with_the_scale() {
    initiative("registered");

    assertThatThrownBy(
            () ->
                registration.assess("iniA", List.of(new Assessment("c1", 11.0, null, null, null))))
        .isInstanceOfSatisfying(
            InitiativeRuleException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("workspace.initiatives.score-out-of-scale");
              assertThat(e.args()).containsExactly("0", "10");
            });
    strapi.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void a_verified_initiatives_criteria_and_assessment_no_longer_change() {
    initiative("verified");

    assertThatThrownBy(() -> registration.changeCriteria("iniA", List.of("c1")))
        .isInstanceOf(InitiativeRuleException.class);
    assertThatThrownBy(
            () -> registration.assess("iniA", List.of(new Assessment("c1", 5.0, null, null, null))))
        .isInstanceOf(InitiativeRuleException.class);
    assertThatThrownBy(() -> registration.removeEvidence("iniA", 1))
        .isInstanceOf(InitiativeRuleException.class);
    strapi.verify(0, putRequestedFor(anyUrl()));
  }
}
