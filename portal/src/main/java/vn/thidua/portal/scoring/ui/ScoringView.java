package vn.thidua.portal.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ui.YearSelect;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.scoring.EvidenceChoices;
import vn.thidua.portal.scoring.EvidenceChoices.FileChoice;
import vn.thidua.portal.scoring.EvidenceChoices.InitiativeChoice;
import vn.thidua.portal.scoring.ScoreEntry;
import vn.thidua.portal.scoring.ScoreInput;
import vn.thidua.portal.scoring.ScoreSheet;
import vn.thidua.portal.scoring.ScoringException;
import vn.thidua.portal.scoring.ScoringService;
import vn.thidua.portal.scoring.ScoringService.Desk;
import vn.thidua.portal.scoring.ScoringService.Line;
import vn.thidua.portal.scoring.ScoringService.UnitCard;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * An office's scoring of a year: pick a registered unit, read what it registered (criteria and
 * targets), score the office's own criteria with a comment and evidence; submit the sheet, and
 * reopen it with a reason. The other office's criteria are shown, never editable; the service
 * refuses them anyway.
 */
@Route(value = Routes.WORKSPACE_SCORING, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.ECONOMY})
public class ScoringView extends Div implements HasDynamicTitle {

  private final ScoringService scoring;
  private final Clock clock;
  private final H1 title = new H1();
  final YearSelect year;
  final Paragraph sheetStatus = new Paragraph();
  final UnorderedList reopenings = new UnorderedList();
  final Paragraph message = new Paragraph();
  final Select<UnitCard> unit = new Select<>();
  final Div body = new Div();
  final Div sheetActions = new Div();
  private @Nullable Desk desk;

  private final Anchor persons = new Anchor();

  public ScoringView(ScoringService scoring, Clock clock) {
    this.scoring = scoring;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");
    this.year = new YearSelect(scoring.years(), getTranslation("scoring.year"));
    year.setId("scoring-year");
    year.addValueChangeListener(e -> load(null));
    sheetStatus.setId("sheet-status");
    sheetStatus.addClassName("workspace-card");
    reopenings.setId("sheet-reopenings");
    message.setId("scoring-message");
    message.getElement().setAttribute("role", "status");
    message.getElement().setAttribute("aria-live", "polite");
    unit.setId("scoring-unit");
    unit.setLabel(getTranslation("scoring.unit"));
    unit.setItemLabelGenerator(this::unitLabel);
    unit.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            message.setText("");
          }
          showUnit(e.getValue());
        });
    body.setId("scoring-body");
    sheetActions.setId("sheet-actions");
    Anchor ranking = new Anchor(Routes.WORKSPACE_RANKING, getTranslation("scoring.ranking-link"));
    ranking.getElement().setAttribute("router-link", true);
    ranking.setId("ranking-link");
    // Individuals (1.4) are registered by the Culture–Society office, which scores them too.
    persons.setText(getTranslation("person-registration.link"));
    persons.setHref(vn.thidua.portal.registration.ui.PersonRegistrationView.ROUTE);
    persons.setId("person-registration-link");
    add(
        title,
        new Paragraph(getTranslation("scoring.help")),
        new Paragraph(ranking),
        new Paragraph(persons),
        year,
        sheetStatus,
        reopenings,
        message,
        unit,
        body,
        sheetActions);
    load(null);
  }

  /** Reads the desk again and shows {@code keepUnit} (by documentId) when it is still there. */
  void load(@Nullable String keepUnit) {
    Desk d = scoring.desk(year.year());
    desk = d;
    title.setText(
        getTranslation(
            "scoring.title", String.valueOf(d.year()), getTranslation(d.office().messageKey())));
    showSheet(d.sheet());
    persons.setVisible(d.office() == vn.thidua.portal.strapi.model.OwningOffice.VAN_HOA_XA_HOI);
    unit.setItems(d.units());
    UnitCard chosen =
        d.units().stream()
            .filter(c -> c.documentId().equals(keepUnit))
            .findFirst()
            .orElse(d.units().isEmpty() ? null : d.units().getFirst());
    unit.setValue(chosen);
    if (chosen == null) {
      body.removeAll();
      body.add(new Paragraph(getTranslation("scoring.no-units", String.valueOf(d.year()))));
    }
    showSheetActions(d.sheet());
  }

  private String unitLabel(UnitCard card) {
    String kind = card.kind() == null ? "" : getTranslation(card.kind().messageKey());
    long left = card.unscored();
    return card.name()
        + (kind.isEmpty() ? "" : " (" + kind + ")")
        + (left > 0 ? " – " + getTranslation("scoring.unscored", left) : "");
  }

  private void showSheet(ScoreSheet sheet) {
    String text =
        switch (sheet.status()) {
          case OPEN -> getTranslation("scoring.sheet.open");
          case SUBMITTED ->
              getTranslation(
                  "scoring.sheet.submitted",
                  Dates.format(sheet.submittedAt(), clock.getZone()),
                  Objects.requireNonNullElse(sheet.submittedBy(), ""));
          case REOPENED -> getTranslation("scoring.sheet.reopened");
        };
    sheetStatus.setText(text);
    reopenings.removeAll();
    for (ScoreSheet.Reopening r : sheet.reopenings()) {
      reopenings.add(
          new ListItem(
              getTranslation(
                  "scoring.sheet.reopening",
                  Dates.format(r.at(), clock.getZone()),
                  r.actor(),
                  r.reason())));
    }
    reopenings.setVisible(!sheet.reopenings().isEmpty());
  }

  private void showSheetActions(ScoreSheet sheet) {
    sheetActions.removeAll();
    if (sheet.status().editable()) {
      Button submit = new Button(getTranslation("scoring.submit"), e -> submit());
      submit.setId("sheet-submit");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      sheetActions.add(new Paragraph(getTranslation("scoring.submit.help")), submit);
    } else {
      TextArea reason = new TextArea(getTranslation("scoring.reopen.reason"));
      reason.setId("reopen-reason");
      reason.setMaxLength(2000);
      reason.setWidthFull();
      Button reopen = new Button(getTranslation("scoring.reopen"), e -> reopen(reason.getValue()));
      reopen.setId("sheet-reopen");
      sheetActions.add(
          new H2(getTranslation("scoring.reopen.heading")),
          new Paragraph(getTranslation("scoring.reopen.help")),
          reason,
          reopen);
    }
  }

  private void showUnit(@Nullable UnitCard card) {
    body.removeAll();
    Desk d = desk;
    if (card == null || d == null) {
      return;
    }
    H2 heading = new H2(card.name());
    heading.setId("scoring-unit-heading");
    body.add(heading);
    if (card.awardForm() != null) {
      body.add(new Paragraph(getTranslation("scoring.award-form", card.awardForm())));
    }
    if (card.lines().isEmpty()) {
      body.add(new Paragraph(getTranslation("scoring.no-criteria")));
      return;
    }
    EvidenceChoices choices = null;
    boolean editable = d.sheet().status().editable();
    for (Line line : card.lines()) {
      if (line.own() && choices == null) {
        choices = scoring.evidenceChoices(d.year(), card.documentId());
      }
      body.add(lineCard(d, card, line, editable, choices));
    }
  }

  private Div lineCard(
      Desk d, UnitCard card, Line line, boolean editable, @Nullable EvidenceChoices choices) {
    PlanCriterion c = line.criterion();
    String code = c.code() == null ? c.documentId() : c.code();
    Div box = new Div();
    box.addClassName("workspace-card");
    box.setId("line-" + code);
    box.add(new H3(code + " – " + c.title()));
    String max = c.maxScore() == null ? "–" : Points.format(c.maxScore());
    box.add(
        new Paragraph(
            line.target() == null
                ? getTranslation("scoring.no-target", max)
                : getTranslation(
                    card.person() != null ? "scoring.target.person" : "scoring.target",
                    line.target(),
                    Objects.toString(c.measure(), ""),
                    max)));
    if (!line.own()) {
      Paragraph other =
          new Paragraph(
              getTranslation(
                  "scoring.other-office",
                  c.owningOffice() == null ? "" : getTranslation(c.owningOffice().messageKey())));
      other.setId("other-" + code);
      box.add(other);
      return box;
    }
    ScoreEntry score = line.score();
    NumberField points = new NumberField(getTranslation("scoring.points", max));
    points.setId("points-" + code);
    points.setMin(0);
    if (c.maxScore() != null) {
      points.setMax(c.maxScore());
    }
    points.setStep(0.25);
    points.setStepButtonsVisible(false);
    if (score != null && score.points() != null) {
      points.setValue(score.points());
    }
    TextArea comment = new TextArea(getTranslation("scoring.comment"));
    comment.setId("comment-" + code);
    comment.setMaxLength(2000);
    comment.setWidthFull();
    comment.setValue(score == null || score.comment() == null ? "" : score.comment());

    Select<FileChoice> file = new Select<>();
    file.setId("file-" + code);
    file.setLabel(getTranslation("scoring.evidence.file"));
    file.setEmptySelectionAllowed(true);
    file.setEmptySelectionCaption(getTranslation("scoring.evidence.none"));
    file.setItemLabelGenerator(
        f -> f == null ? getTranslation("scoring.evidence.none") : f.fileName());
    IntegerField page = new IntegerField(getTranslation("scoring.evidence.page"));
    page.setId("page-" + code);
    page.setMin(1);
    Select<InitiativeChoice> initiative = new Select<>();
    initiative.setId("initiative-" + code);
    initiative.setLabel(getTranslation("scoring.evidence.initiative"));
    initiative.setEmptySelectionAllowed(true);
    initiative.setEmptySelectionCaption(getTranslation("scoring.evidence.none"));
    initiative.setItemLabelGenerator(
        i -> i == null ? getTranslation("scoring.evidence.none") : i.title());
    if (choices != null) {
      file.setItems(choices.files());
      initiative.setItems(choices.initiatives());
    }
    if (score != null) {
      for (ScoreEntry.EvidenceLink link : score.evidence()) {
        if (link.fileId() != null && choices != null) {
          choices.files().stream()
              .filter(f -> f.fileId() == link.fileId())
              .findFirst()
              .ifPresent(file::setValue);
          page.setValue(link.page());
        }
        if (link.initiative() != null && choices != null) {
          choices.initiatives().stream()
              .filter(i -> i.documentId().equals(link.initiative().documentId()))
              .findFirst()
              .ifPresent(initiative::setValue);
        }
      }
    }
    HorizontalLayout evidence = new HorizontalLayout(file, page, initiative);
    evidence.setWrap(true);
    box.add(points, comment, evidence);
    if (score != null && score.scoredBy() != null) {
      Paragraph by =
          new Paragraph(
              getTranslation(
                  "scoring.scored-by",
                  score.scoredBy(),
                  Dates.format(score.scoredAt(), clock.getZone())));
      by.setId("scored-" + code);
      box.add(by);
    }
    if (!editable) {
      points.setReadOnly(true);
      comment.setReadOnly(true);
      file.setReadOnly(true);
      page.setReadOnly(true);
      initiative.setReadOnly(true);
      return box;
    }
    Button save =
        new Button(
            getTranslation("scoring.save", code),
            e ->
                save(
                    d.year(),
                    card,
                    c,
                    points.getValue(),
                    comment.getValue(),
                    file.getValue(),
                    page.getValue(),
                    initiative.getValue()));
    save.setId("save-" + code);
    box.add(save);
    return box;
  }

  private void save(
      int y,
      UnitCard card,
      PlanCriterion criterion,
      @Nullable Double points,
      String comment,
      @Nullable FileChoice file,
      @Nullable Integer page,
      @Nullable InitiativeChoice initiative) {
    if (points == null) {
      refused("scoring.error.points-missing");
      return;
    }
    try {
      scoring.score(
          y,
          card.documentId(),
          criterion.documentId(),
          new ScoreInput(
              points,
              comment,
              file == null ? null : file.fileId(),
              page,
              initiative == null ? null : initiative.documentId()));
      load(card.documentId());
      message.setText(
          getTranslation(
              "scoring.saved",
              Objects.requireNonNullElse(criterion.code(), criterion.title()),
              card.name()));
      message.removeClassName("outcome-refused");
    } catch (ScoringException e) {
      refused(e.messageKey());
    }
  }

  private void submit() {
    try {
      scoring.submit(year.year());
      load(unit.getValue() == null ? null : unit.getValue().documentId());
      message.setText(getTranslation("scoring.submitted"));
      message.removeClassName("outcome-refused");
    } catch (ScoringException e) {
      refused(e.messageKey());
    }
  }

  private void reopen(String reason) {
    try {
      scoring.reopen(year.year(), reason);
      load(unit.getValue() == null ? null : unit.getValue().documentId());
      message.setText(getTranslation("scoring.reopened"));
      message.removeClassName("outcome-refused");
    } catch (ScoringException e) {
      refused(e.messageKey());
    }
  }

  private void refused(String key) {
    message.setText(getTranslation(key));
    message.addClassName("outcome-refused");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("scoring.page-title");
  }
}
