package vn.thidua.portal.records.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.progress.ui.UnitFiguresSection;
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.records.RecordService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * A unit's public achievement record: accepted reports, published initiatives and stories, and
 * decided awards, year by year, and its confirmed figures beside its targets; linked from the
 * honours list.
 */
@Route(value = Routes.RECORD, layout = MainLayout.class)
@AnonymousAllowed
class PublicRecordView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final RecordService records;
  private final FactsService facts;
  private String name = "";

  PublicRecordView(RecordService records, FactsService facts) {
    this.records = records;
    this.facts = facts;
    addClassNames("portal-page", "portal-record");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String slug = event.getRouteParameters().get(Routes.SLUG).orElse("");
    Optional<AchievementRecord> found = records.publicRecord(slug);
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    AchievementRecord record = found.get();
    name = record.name();
    add(new Paragraph(Content.link(Routes.AWARDS, getTranslation("record.back"))));
    add(new H1(getTranslation("record.public.title", record.name())));
    if (record.kind() != null) {
      add(new Paragraph(getTranslation(record.kind().messageKey())));
    }
    add(new Paragraph(getTranslation("record.public.help")));
    add(new RecordPanel(record));
    add(new UnitFiguresSection(facts, record.unitDocumentId()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("record.public.title", name);
  }
}
