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
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.records.RecordService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * A person's public achievement record (1.4): their decided awards, year by year; linked from the
 * honours list. A person with no decided award has no public page (not found, like an unknown id).
 */
@Route(value = Routes.PERSON_RECORD, layout = MainLayout.class)
@AnonymousAllowed
class PublicPersonRecordView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final RecordService records;
  private String name = "";

  PublicPersonRecordView(RecordService records) {
    this.records = records;
    addClassNames("portal-page", "portal-record");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String id = event.getRouteParameters().get(Routes.DOCUMENT_ID).orElse("");
    Optional<AchievementRecord> found = records.publicPersonRecord(id);
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    AchievementRecord record = found.get();
    name = record.name();
    add(new Paragraph(Content.link(Routes.AWARDS, getTranslation("record.back"))));
    add(new H1(getTranslation("record.public.title", record.name())));
    add(new Paragraph(getTranslation("record.person.public-help")));
    add(new RecordPanel(record));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("record.public.title", name);
  }
}
