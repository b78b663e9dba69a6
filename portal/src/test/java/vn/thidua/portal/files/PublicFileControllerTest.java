package vn.thidua.portal.files;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.strapi.StrapiClient;

/** What a reader gets from {@code /tep/...}, with Strapi played by WireMock. */
class PublicFileControllerTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final byte[] PDF = "%PDF-1.4 ke hoach".getBytes(StandardCharsets.US_ASCII);

  private PublicFileController controller;

  @BeforeEach
  void setUp() {
    StrapiClient client = TestBeans.strapi(URI.create(strapi.baseUrl()));
    controller = new PublicFileController(new PublicFiles(client), client);
    strapi.stubFor(
        get(urlPathEqualTo("/api/campaigns/plan1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"plan1","title":"Kế hoạch","slug":"ke-hoach",
                     "attachments":[
                       {"id":5,"documentId":"m5","name":"Kế hoạch.pdf",
                        "url":"/uploads/ke_hoach_ab12.pdf","mime":"application/pdf"},
                       {"id":6,"documentId":"m6","name":"trang.html",
                        "url":"/uploads/trang_cd34.html","mime":"text/html"}]}}
                    """)));
  }

  @Test
  void a_plan_attachment_is_streamed_as_strapis_public_role_reads_it_and_opens_inline()
      throws Exception {
    strapi.stubFor(
        get("/uploads/ke_hoach_ab12.pdf")
            .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(PDF)));

    MockHttpServletResponse response = download("ke-hoach", "plan1", "ke_hoach_ab12.pdf");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("Content-Disposition")).startsWith("inline");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
    strapi.verify(
        getRequestedFor(urlPathEqualTo("/uploads/ke_hoach_ab12.pdf"))
            .withHeader("Authorization", absent()));
  }

  @Test
  void a_file_of_an_accepted_report_is_read_with_the_token_and_kept_private() throws Exception {
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/accepted1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":7,"documentId":"accepted1","status":"accepted",
                     "files":[{"id":41,"documentId":"m41","name":"bao-cao.pdf",
                       "url":"/uploads/bao_cao_c3.pdf","mime":"application/pdf"}]}}
                    """)));
    strapi.stubFor(
        get("/uploads/bao_cao_c3.pdf")
            .withHeader("Authorization", equalTo("Bearer token"))
            .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(PDF)));

    MockHttpServletResponse response = download("bao-cao", "accepted1", "41");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
    assertThat(response.getHeader("Cache-Control")).isEqualTo("private, max-age=300");
  }

  @Test
  void a_page_strapi_serves_as_html_is_downloaded_never_shown_as_a_page_of_the_portal()
      throws Exception {
    strapi.stubFor(
        get("/uploads/trang_cd34.html")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<script>alert(1)</script>")));

    MockHttpServletResponse response = download("ke-hoach", "plan1", "trang_cd34.html");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/octet-stream");
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void a_file_strapi_has_lost_is_not_found_and_strapi_down_is_unavailable() throws Exception {
    strapi.stubFor(get("/uploads/ke_hoach_ab12.pdf").willReturn(notFound()));
    assertThat(download("ke-hoach", "plan1", "ke_hoach_ab12.pdf").getStatus()).isEqualTo(404);

    strapi.stubFor(
        get("/uploads/ke_hoach_ab12.pdf")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThat(download("ke-hoach", "plan1", "ke_hoach_ab12.pdf").getStatus()).isEqualTo(503);
  }

  @Test
  void a_file_of_no_published_entry_is_not_asked_of_strapi() throws Exception {
    assertThat(download("ke-hoach", "plan1", "khong_co.pdf").getStatus()).isEqualTo(404);
    strapi.verify(0, getRequestedFor(urlPathEqualTo("/uploads/khong_co.pdf")));
  }

  private MockHttpServletResponse download(String owner, String documentId, String file)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    controller.download(owner, documentId, file, response);
    return response;
  }
}
