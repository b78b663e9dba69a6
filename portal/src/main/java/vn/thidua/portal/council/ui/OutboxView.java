package vn.thidua.portal.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.council.CouncilException;
import vn.thidua.portal.council.OutboxDesk;
import vn.thidua.portal.council.OutboxDesk.Line;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.GridCards;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * The outbox for administrators and the reviewer: every notice, to whom, its subject, when it was
 * made and sent, attempts and the last error, with a retry on the failed ones.
 */
@Route(value = Routes.WORKSPACE_OUTBOX, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.ADMIN})
public class OutboxView extends Div implements HasDynamicTitle {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private final OutboxDesk outbox;
  final Grid<Line> grid = new Grid<>();
  final Paragraph none = new Paragraph();

  public OutboxView(OutboxDesk outbox) {
    this.outbox = outbox;
    addClassName("portal-page");
    addClassName("workspace");
    grid.setId("outbox");
    grid.addColumn(l -> recipient(l)).setHeader(getTranslation("outbox.to")).setFlexGrow(2);
    grid.addColumn(l -> l.notice().subject())
        .setHeader(getTranslation("outbox.subject"))
        .setFlexGrow(3);
    grid.addColumn(l -> Dates.format(l.notice().createdAt(), VN))
        .setHeader(getTranslation("outbox.created"));
    grid.addColumn(l -> Dates.format(l.notice().sentAt(), VN))
        .setHeader(getTranslation("outbox.sent"));
    grid.addColumn(l -> getTranslation(l.state().messageKey()))
        .setHeader(getTranslation("outbox.state"));
    grid.addColumn(l -> l.notice().attempts() == null ? 0 : l.notice().attempts())
        .setHeader(getTranslation("outbox.attempts"));
    grid.addColumn(l -> l.notice().lastError() == null ? "" : l.notice().lastError())
        .setHeader(getTranslation("outbox.error"))
        .setFlexGrow(2);
    grid.addComponentColumn(
        l -> {
          if (!l.state().resendable()) {
            return new Span();
          }
          return retryButton(l);
        });
    grid.setAllRowsVisible(true);
    GridCards.on(
        grid,
        getTranslation("outbox.to"),
        l ->
            new GridCards.Card(recipient(l))
                .line(getTranslation("outbox.subject"), l.notice().subject())
                .line(getTranslation("outbox.created"), Dates.format(l.notice().createdAt(), VN))
                .line(getTranslation("outbox.sent"), Dates.format(l.notice().sentAt(), VN))
                .line(getTranslation("outbox.state"), getTranslation(l.state().messageKey()))
                .line(
                    getTranslation("outbox.attempts"),
                    String.valueOf(l.notice().attempts() == null ? 0 : l.notice().attempts()))
                .line(getTranslation("outbox.error"), l.notice().lastError())
                .actions(l.state().resendable() ? retryButton(l) : new Span()));
    none.setId("outbox-none");
    none.setText(getTranslation("outbox.none"));
    add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.help")));
    add(none, grid);
    load();
  }

  private Button retryButton(Line l) {
    Button retry = new Button(getTranslation("outbox.retry"), e -> retry(l));
    retry.addClassName("outbox-retry");
    // A second click while the first is sending does nothing; the server re-reads anyway.
    retry.setDisableOnClick(true);
    return retry;
  }

  private String recipient(Line l) {
    String unit =
        l.notice().unit() != null
            ? l.notice().unit().name()
            : l.notice().person() != null ? l.notice().person().fullName() : null;
    String email = l.notice().email();
    if (unit != null && email != null) {
      return unit + " <" + email + ">";
    }
    return unit != null ? unit : email != null ? email : "";
  }

  private void retry(Line l) {
    try {
      boolean sent = outbox.retry(l.notice().documentId());
      Notification.show(
              getTranslation(sent ? "outbox.retry.sent" : "outbox.retry.done"),
              4000,
              Notification.Position.BOTTOM_START)
          .addThemeVariants(
              sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
    } catch (CouncilException e) {
      Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    load();
  }

  private void load() {
    var lines = outbox.notices();
    grid.setItems(lines);
    none.setVisible(lines.isEmpty());
    // "No notice yet" says it all: an empty grid's lone header row would only add noise.
    grid.setVisible(!lines.isEmpty());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("outbox.title");
  }
}
