package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The honours page and the initiatives and stories lead to each other and to the report files they
 * rest on, served to a signed-out reader. Every file name a search hit shows with a page is a link
 * that opens the file at that page, served by the rule of who may read it: for a reviewer searching
 * the portal (reports not yet accepted among the hits) and in the evidence search of a report under
 * review.
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

  @Test
  void the_honours_page_and_the_initiatives_an_award_cites_lead_to_each_other_and_to_the_report()
      throws Exception {
    try (Browser b = new Browser()) {
      // Signed out: what the public sees. The seeded cooperative's award of 2026 rests on its
      // accepted report 156/BC-HTX and the initiative that report lists.
      b.open("khen-thuong");
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector(".portal-honour-passages a")).isEmpty());
      List<String> files = hrefs(b, ".portal-honour-passages a");
      assertThat(files).allSatisfy(h -> assertThat(h).startsWith("/tep/bao-cao/"));
      for (String href : files) {
        assertThat(fetch(b, href)).as(href).startsWith("200 ");
      }
      // The passage that proposes the award comes from what the indexer read of the file.
      Browser.until(
          Duration.ofSeconds(120),
          () -> {
            b.driver.navigate().refresh();
            b.waitForVaadin();
            String text = b.bodyText();
            return text.contains("Đề nghị \"Giấy khen") && text.contains(": r01-010.docx");
          });

      String initiative = hrefs(b, ".portal-honour-initiatives a").getFirst();
      assertThat(initiative).startsWith("sang-kien/");
      b.open(initiative);
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector("#initiative-awards a")).isEmpty());
      String back = hrefs(b, "#initiative-awards a").getFirst();
      assertThat(back).startsWith("khen-thuong#award-");
      // The initiative's evidence from the accepted report is public, and served.
      List<String> evidence = hrefs(b, "#initiative-report-evidence a");
      assertThat(evidence).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("/tep/bao-cao/"));
      for (String href : evidence) {
        assertThat(fetch(b, href)).as(href).startsWith("200 ");
      }
      // Back on the honours page, at that very award.
      b.open(back);
      String award = back.substring(back.indexOf('#') + 1);
      assertThat(b.driver.findElement(By.id(award)).getText()).contains("Giấy khen");
    }
  }

  @Test
  void an_exemplar_story_and_the_initiative_it_tells_of_lead_to_each_other() throws Exception {
    try (Browser b = new Browser()) {
      b.open("tin-bai/cong-ty-may-dai-son-phan-loai-rac-tai-nguon");
      Browser.until(
          Duration.ofSeconds(30), () -> !hrefs(b, "#main a[href^='sang-kien/']").isEmpty());
      b.open(hrefs(b, "#main a[href^='sang-kien/']").getFirst());
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector("#initiative-stories a")).isEmpty());
      assertThat(hrefs(b, "#initiative-stories a"))
          .contains("tin-bai/cong-ty-may-dai-son-phan-loai-rac-tai-nguon");
      // Its report (accepted) is its public evidence, each file served to a signed-out reader.
      List<String> evidence = hrefs(b, "#initiative-report-evidence a");
      assertThat(evidence).isNotEmpty();
      for (String href : evidence) {
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
