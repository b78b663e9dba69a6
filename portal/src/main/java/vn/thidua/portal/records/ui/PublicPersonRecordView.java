package vn.thidua.portal.records.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.records.RecordService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * A person's public achievement record (1.4): their decided awards, year by year; linked from the
 * honours list. A person with no decided award has no public page (not found, like an unknown id).
 */
@Route(value = Routes.PERSON_RECORD, layout = MainLayout.class)
@AnonymousAllowed
class PublicPersonRecordView extends PublicRecordFrame {

  PublicPersonRecordView(RecordService records) {
    super(Routes.DOCUMENT_ID, records::publicPersonRecord);
  }

  @Override
  void show(AchievementRecord record) {
    add(new Paragraph(getTranslation("record.person.public-help")));
    add(new RecordPanel(record));
  }
}
