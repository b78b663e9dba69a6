package vn.thidua.portal.records.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.thidua.portal.progress.ui.UnitFiguresSection;
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.records.RecordService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * A unit's public achievement record: accepted reports, published initiatives and stories, and
 * decided awards, year by year, and its confirmed figures beside its targets; linked from the
 * honours list.
 */
@Route(value = Routes.RECORD, layout = MainLayout.class)
@AnonymousAllowed
class PublicRecordView extends PublicRecordFrame {

  private final RecordService records;

  PublicRecordView(RecordService records) {
    super(Routes.SLUG, records::publicRecord);
    this.records = records;
  }

  @Override
  void show(AchievementRecord record) {
    if (record.kind() != null) {
      add(new Paragraph(getTranslation(record.kind().messageKey())));
    }
    add(new Paragraph(getTranslation("record.public.help")));
    add(new RecordPanel(record));
    add(
        new UnitFiguresSection(
            StaleContent.unwrap(records.publicFigures(record.unitDocumentId()))));
  }
}
