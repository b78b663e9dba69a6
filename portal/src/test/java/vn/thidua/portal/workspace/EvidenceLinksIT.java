package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Every file name a search hit shows with a page is a link that opens the file at that page, served
 * by the rule of who may read it: for a reviewer searching the portal (reports not yet accepted
 * among the hits) and in the evidence search of a report under review.
 */
class EvidenceLinksIT {

  @Test
  void a_reviewer_opens_each_search_hits_file_at_its_page_even_of_a_report_not_yet_accepted()
      throws Exception {
    try (Browser b = new Browser()) {
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      // The seed's 2027 reports are submitted, not accepted: the public address never serves them.
      b.open("tim-kiem?q=chuyen+doi+so&loai=report&nam=2027");
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector(".portal-hit-file a")).isEmpty());
      List<String> hrefs = hrefs(b, ".portal-hit-file a");
      assertThat(hrefs)
          .allSatisfy(h -> assertThat(h).startsWith("/tep-bao-cao/"))
          .anySatisfy(h -> assertThat(h).contains("#page="));
      for (String href : hrefs) {
        assertThat(fetch(b, href)).as(href).startsWith("200 ");
      }
    }
  }

  @Test
  void the_evidence_search_of_a_report_under_review_links_each_hit_to_its_file_and_page()
      throws Exception {
    try (Browser b = new Browser()) {
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/tham-dinh");
      Browser.until(
          Duration.ofSeconds(30),
          () -> !hrefs(b, "#main a[href^='lam-viec/tham-dinh/']").isEmpty());
      String report = hrefs(b, "#main a[href^='lam-viec/tham-dinh/']").getFirst();
      b.open(report);
      b.driver
          .findElement(By.cssSelector("#evidence-query input"))
          .sendKeys("chuyen doi so", Keys.ENTER);
      b.waitForVaadin();
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector("a.evidence-hit-file")).isEmpty());
      List<String> hrefs = hrefs(b, "a.evidence-hit-file");
      assertThat(hrefs)
          .allSatisfy(h -> assertThat(h).startsWith("/tep-bao-cao/"))
          .anySatisfy(h -> assertThat(h).contains("#page="));
      for (String href : hrefs) {
        assertThat(fetch(b, href)).as(href).startsWith("200 ");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> hrefs(Browser b, String css) {
    return (List<String>)
        b.js(
            "return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(a => a.getAttribute('href'));",
            css);
  }

  /** The status and type of a link's target, fetched in the page's session as a click would. */
  private static String fetch(Browser b, String href) {
    return String.valueOf(
        ((JavascriptExecutor) b.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0].replace(/#.*/, ''))"
                    + ".then(r => done(r.status + ' ' + (r.headers.get('content-type') || '')))"
                    + ".catch(e => done('ERROR ' + e));",
                href));
  }
}
