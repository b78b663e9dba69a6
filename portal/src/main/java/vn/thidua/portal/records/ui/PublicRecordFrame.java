package vn.thidua.portal.records.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;

/**
 * The frame of a public achievement record page, a unit's or a person's: the record looked up by
 * the route parameter (not found, like an unknown address, when there is none to show the public),
 * the link back to the honours list, the title with the record's name, then what the page shows of
 * the record. One frame, so the two pages cannot drift apart in how they answer or look.
 */
abstract class PublicRecordFrame extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final String parameter;
  private final Function<String, Optional<AchievementRecord>> lookup;
  private String name = "";

  /**
   * @param parameter the route parameter naming the record ({@link Routes#SLUG}, {@link
   *     Routes#DOCUMENT_ID})
   * @param lookup the public record it names, empty when the public has none to see
   */
  PublicRecordFrame(String parameter, Function<String, Optional<AchievementRecord>> lookup) {
    this.parameter = parameter;
    this.lookup = lookup;
    addClassNames("portal-page", "portal-record");
  }

  @Override
  public final void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String key = event.getRouteParameters().get(parameter).orElse("");
    Optional<AchievementRecord> found = lookup.apply(key);
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    AchievementRecord record = found.get();
    name = record.name();
    add(new Paragraph(Content.link(Routes.AWARDS, getTranslation("record.back"))));
    add(new H1(getTranslation("record.public.title", record.name())));
    show(record);
  }

  /** What the page shows of the record under its title. */
  abstract void show(AchievementRecord record);

  @Override
  public final String getPageTitle() {
    return getTranslation("record.public.title", name);
  }
}
