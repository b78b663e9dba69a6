package vn.thidua.portal.initiatives.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.files.PageLinks;
import vn.thidua.portal.initiatives.InitiativeRuleException;
import vn.thidua.portal.initiatives.InitiativeService;
import vn.thidua.portal.initiatives.InitiativeService.Assessment;
import vn.thidua.portal.initiatives.InitiativeService.FoundInitiative;
import vn.thidua.portal.initiatives.InitiativeService.NewInitiative;
import vn.thidua.portal.initiatives.SelfAssessmentScale;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.GridCards;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.InitiativeReview;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.uploads.FileType;
import vn.thidua.portal.uploads.UploadOutcome;

/**
 * A unit's initiatives: register one (field, year, summary, the criteria it meets), upload its
 * evidence, and assess it against each criterion, pointing at the evidence file and page.
 */
@Route(value = Routes.WORKSPACE_UNIT_INITIATIVES, layout = MainLayout.class)
@RolesAllowed(PortalRole.Names.UNIT)
public class UnitInitiativesView extends Div implements HasDynamicTitle {

  private final InitiativeService initiatives;
  private final Clock clock;
  private final Grid<Initiative> grid = new Grid<>();
  private final Div selected = new Div();
  private final UnorderedList messages = new UnorderedList();

  public UnitInitiativesView(InitiativeService initiatives, Clock clock) {
    this.initiatives = initiatives;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");
    Anchor back = new Anchor(Routes.WORKSPACE_UNIT, getTranslation("workspace.initiatives.back"));
    back.getElement().setAttribute("router-link", true);
    grid.setId("my-initiatives");
    grid.addColumn(Initiative::title)
        .setHeader(getTranslation("workspace.initiatives.title"))
        .setFlexGrow(3);
    grid.addColumn(i -> i.field() == null ? "" : getTranslation(i.field().messageKey()))
        .setHeader(getTranslation("workspace.initiatives.field"));
    grid.addColumn(i -> i.year() == null ? "" : i.year().toString())
        .setHeader(getTranslation("workspace.initiatives.year"));
    grid.addColumn(
            i -> i.reviewStatus() == null ? "" : getTranslation(i.reviewStatus().messageKey()))
        .setHeader(getTranslation("workspace.initiatives.status"));
    grid.addColumn(i -> Integer.toString(i.evidence().size()))
        .setHeader(getTranslation("workspace.initiatives.evidence-count"));
    grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(i -> select(i.documentId())));
    grid.setAllRowsVisible(true);
    GridCards.on(
        grid,
        getTranslation("workspace.initiatives.title"),
        i ->
            new GridCards.Card(i.title())
                .line(
                    getTranslation("workspace.initiatives.field"),
                    i.field() == null ? null : getTranslation(i.field().messageKey()))
                .line(
                    getTranslation("workspace.initiatives.year"),
                    i.year() == null ? null : i.year().toString())
                .line(
                    getTranslation("workspace.initiatives.status"),
                    i.reviewStatus() == null ? null : getTranslation(i.reviewStatus().messageKey()))
                .line(
                    getTranslation("workspace.initiatives.evidence-count"),
                    Integer.toString(i.evidence().size())));
    messages.getElement().setAttribute("role", "status");
    messages.setId("initiative-messages");
    selected.setId("my-initiative");
    add(
        back,
        new H1(getTranslation("workspace.initiatives.heading")),
        grid,
        messages,
        selected,
        registrationForm());
    grid.setItems(initiatives.mine());
  }

  private Div registrationForm() {
    TextField title = new TextField(getTranslation("workspace.initiatives.title"));
    title.setWidthFull();
    title.setId("initiative-title");
    Select<InitiativeField> field = new Select<>();
    field.setLabel(getTranslation("workspace.initiatives.field"));
    field.setItems(InitiativeField.values());
    field.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
    field.setValue(InitiativeField.CHUYEN_DOI_SO);
    IntegerField year = new IntegerField(getTranslation("workspace.initiatives.year"));
    year.setValue(initiatives.currentYear());
    TextArea summary = new TextArea(getTranslation("workspace.initiatives.summary"));
    summary.setWidthFull();
    TextArea detail = new TextArea(getTranslation("workspace.initiatives.detail"));
    detail.setWidthFull();
    MultiSelectComboBox<Criterion> criteria =
        new MultiSelectComboBox<>(getTranslation("workspace.initiatives.criteria"));
    criteria.setItems(initiatives.criteria());
    criteria.setItemLabelGenerator(c -> (c.code() == null ? "" : c.code() + ". ") + c.title());
    criteria.setWidthFull();
    criteria.setId("initiative-criteria");
    criteria.setRequiredIndicatorVisible(true);
    criteria.setHelperText(getTranslation("workspace.initiatives.criteria-help"));
    criteria.addValueChangeListener(e -> criteria.setInvalid(false));
    // Pre-filled from the initiatives found in the unit's own reports: the unit confirms or edits.
    Paragraph source = new Paragraph();
    source.setId("initiative-prefill-source");
    List<FoundInitiative> found = initiatives.foundInReports();
    Consumer<FoundInitiative> fill =
        f -> {
          title.setValue(f.title());
          if (f.field() != null) {
            field.setValue(f.field());
          }
          year.setValue(f.year());
          summary.setValue(f.detail() == null ? "" : f.detail());
          source.setText(
              getTranslation(
                  "workspace.initiatives.prefilled",
                  f.fileName(),
                  f.page() == null ? "–" : f.page().toString()));
        };
    Div prefill = new Div();
    prefill.setId("initiative-prefill");
    if (!found.isEmpty()) {
      prefill.add(
          new H2(getTranslation("workspace.initiatives.found")),
          new Paragraph(getTranslation("workspace.initiatives.found-help")));
      UnorderedList list = new UnorderedList();
      for (FoundInitiative f : found) {
        Button use = new Button(getTranslation("workspace.initiatives.use"), e -> fill.accept(f));
        use.addClassName("initiative-use");
        use.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        ListItem item =
            new ListItem(
                new Span(
                    getTranslation(
                        "workspace.initiatives.found-item",
                        f.title(),
                        f.fileName(),
                        f.page() == null ? "–" : f.page().toString())),
                use);
        item.addClassName("initiative-found");
        item.getElement().setAttribute("data-title", f.title());
        list.add(item);
      }
      prefill.add(list);
      fill.accept(found.getFirst());
    }
    Button save =
        new Button(
            getTranslation("workspace.initiatives.register"),
            e -> {
              if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("workspace.initiatives.title-required"));
                return;
              }
              if (criteria.getValue().isEmpty()) {
                criteria.setInvalid(true);
                criteria.setErrorMessage(getTranslation("workspace.initiatives.criteria-required"));
                return;
              }
              Initiative created =
                  initiatives.register(
                      new NewInitiative(
                          title.getValue(),
                          field.getValue(),
                          year.getValue() == null ? initiatives.currentYear() : year.getValue(),
                          summary.getValue(),
                          detail.getValue(),
                          criteria.getValue().stream().map(Criterion::documentId).toList()));
              title.clear();
              source.setText("");
              summary.clear();
              detail.clear();
              criteria.clear();
              grid.setItems(initiatives.mine());
              select(created.documentId());
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("initiative-register");
    Div form =
        new Div(
            prefill,
            new H2(getTranslation("workspace.initiatives.new")),
            source,
            title,
            new HorizontalLayout(field, year),
            summary,
            detail,
            criteria,
            save);
    form.addClassName("workspace-card");
    return form;
  }

  private void select(String documentId) {
    Initiative initiative = initiatives.own(documentId);
    currentEvidence = initiative.evidence();
    currentId = documentId;
    selected.removeAll();
    selected.addClassName("workspace-card");
    selected.add(new H2(initiative.title()));
    showTrail(documentId);

    boolean editable = InitiativeService.isEditable(initiative);
    if (!editable) {
      Paragraph locked = new Paragraph(getTranslation("workspace.initiatives.locked"));
      locked.setId("initiative-locked");
      locked.addClassName("portal-notice");
      selected.add(locked);
    } else {
      selected.add(criteriaEditor(initiative));
    }

    selected.add(new H3(getTranslation("workspace.initiatives.evidence")));
    UnorderedList files = new UnorderedList();
    files.setId("initiative-evidence-files");
    for (StrapiMedia m : initiative.evidence()) {
      ListItem item =
          new ListItem(
              Content.mediaDownload(
                  m, m.name(), out -> initiatives.downloadOwnEvidence(documentId, m.id(), out)));
      if (editable) {
        Button remove =
            new Button(
                getTranslation("workspace.initiatives.evidence-remove"),
                e -> {
                  initiatives.removeEvidence(documentId, m.id());
                  messages.add(
                      new ListItem(
                          getTranslation("workspace.initiatives.evidence-removed", m.name())));
                  grid.setItems(initiatives.mine());
                  select(documentId);
                });
        remove.addClassName("evidence-remove");
        remove.getElement().setAttribute("data-file", m.name());
        remove.addThemeVariants(
            ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        item.add(new com.vaadin.flow.component.html.Span(" "), remove);
      }
      files.add(item);
    }
    selected.add(files);
    UploadHandler handler =
        event -> {
          UI ui = event.getUI();
          UploadOutcome outcome =
              initiatives.receiveEvidence(
                  documentId, event.getFileName(), event.getFileSize(), event.getInputStream());
          ui.access(() -> show(outcome, documentId));
          if (outcome instanceof UploadOutcome.Refused refused) {
            throw new IOException("Refused " + refused.fileName() + ": " + refused.messageKey());
          }
        };
    Upload upload = new Upload(handler);
    upload.setId("evidence-upload");
    upload.setI18n(vn.thidua.portal.reports.ui.UploadTexts.of(this));
    upload.setAcceptedFileTypes(FileType.ACCEPTED_EXTENSIONS);
    if (editable) {
      selected.add(upload);
    }

    selected.add(new H3(getTranslation("workspace.initiatives.self-assessment")));
    List<String> evidenceNames = initiative.evidence().stream().map(StrapiMedia::name).toList();
    List<AssessmentRow> rows = new ArrayList<>();
    for (Criterion c : initiative.criteria()) {
      Initiative.SelfAssessment existing =
          initiative.selfAssessments().stream()
              .filter(
                  a -> a.criterion() != null && a.criterion().documentId().equals(c.documentId()))
              .findFirst()
              .orElse(null);
      AssessmentRow row = new AssessmentRow(c, evidenceNames, existing, editable);
      rows.add(row);
      selected.add(row);
    }
    if (rows.isEmpty()) {
      selected.add(new Paragraph(getTranslation("workspace.initiatives.no-criteria")));
    } else if (editable) {
      Button saveAssessment =
          new Button(
              getTranslation("workspace.initiatives.save-assessment"),
              e -> {
                // Every row checked at once, each says what is wrong; nothing saved until all pass.
                boolean valid = true;
                for (AssessmentRow row : rows) {
                  valid &= row.check();
                }
                if (!valid) {
                  return;
                }
                try {
                  initiatives.assess(documentId, rows.stream().map(AssessmentRow::value).toList());
                } catch (InitiativeRuleException refused) {
                  messages.add(new ListItem(getTranslation(refused.messageKey(), refused.args())));
                  return;
                }
                messages.add(
                    new ListItem(getTranslation("workspace.initiatives.assessment-saved")));
                select(documentId);
              });
      saveAssessment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      saveAssessment.setId("assessment-save");
      selected.add(saveAssessment);
    }
  }

  /** The criteria the initiative meets, changeable (at least one) until it is verified. */
  private Div criteriaEditor(Initiative initiative) {
    MultiSelectComboBox<Criterion> criteria =
        new MultiSelectComboBox<>(getTranslation("workspace.initiatives.criteria"));
    List<Criterion> all = initiatives.criteria();
    criteria.setItems(all);
    criteria.setItemLabelGenerator(c -> (c.code() == null ? "" : c.code() + ". ") + c.title());
    java.util.Set<String> chosen =
        initiative.criteria().stream()
            .map(Criterion::documentId)
            .collect(java.util.stream.Collectors.toSet());
    criteria.setValue(
        all.stream()
            .filter(c -> chosen.contains(c.documentId()))
            .collect(java.util.stream.Collectors.toSet()));
    criteria.setWidthFull();
    criteria.setId("initiative-edit-criteria");
    criteria.setRequiredIndicatorVisible(true);
    criteria.addValueChangeListener(e -> criteria.setInvalid(false));
    Button save =
        new Button(
            getTranslation("workspace.initiatives.save-criteria"),
            e -> {
              if (criteria.getValue().isEmpty()) {
                criteria.setInvalid(true);
                criteria.setErrorMessage(getTranslation("workspace.initiatives.criteria-required"));
                return;
              }
              initiatives.changeCriteria(
                  initiative.documentId(),
                  criteria.getValue().stream().map(Criterion::documentId).toList());
              messages.add(new ListItem(getTranslation("workspace.initiatives.criteria-saved")));
              grid.setItems(initiatives.mine());
              select(initiative.documentId());
            });
    save.setId("initiative-save-criteria");
    Div box = new Div(criteria, save);
    box.addClassName("initiative-criteria-editor");
    return box;
  }

  /** What staff did with the initiative and why (a returned one says what to add). */
  private void showTrail(String documentId) {
    List<InitiativeReview> trail = initiatives.trail(documentId);
    if (trail.isEmpty()) {
      return;
    }
    Div box = new Div(new H3(getTranslation("workspace.initiatives.review-trail")));
    box.setId("my-initiative-trail");
    UnorderedList list = new UnorderedList();
    for (InitiativeReview r : trail) {
      String line =
          getTranslation(
              "workspace.initiatives.review-item",
              Dates.format(r.at(), clock.getZone()),
              r.action() == null ? "" : getTranslation(r.action().messageKey()));
      list.add(
          new ListItem(
              r.comment() == null || r.comment().isBlank() ? line : line + " – " + r.comment()));
    }
    box.add(list);
    selected.add(box);
  }

  private void show(UploadOutcome outcome, String documentId) {
    String text =
        switch (outcome) {
          case UploadOutcome.Stored s -> getTranslation("reports.upload.stored", s.fileName());
          case UploadOutcome.Spooled s -> getTranslation("reports.upload.spooled", s.fileName());
          case UploadOutcome.Refused r ->
              getTranslation(
                  "reports.upload.refused", r.fileName(), getTranslation(r.messageKey(), r.args()));
        };
    messages.add(new ListItem(text));
    grid.setItems(initiatives.mine());
    select(documentId);
  }

  /** The self-assessment against one criterion. */
  private final class AssessmentRow extends HorizontalLayout {
    private final Criterion criterion;
    private final NumberField score =
        new NumberField(getTranslation("workspace.initiatives.score"));
    private final TextField note = new TextField(getTranslation("workspace.initiatives.note"));
    private final Select<String> file = new Select<>();
    private final IntegerField page =
        new IntegerField(getTranslation("workspace.initiatives.page"));

    private final SelfAssessmentScale scale;

    AssessmentRow(
        Criterion criterion,
        List<String> evidence,
        Initiative.@Nullable SelfAssessment existing,
        boolean editable) {
      this.criterion = criterion;
      this.scale = SelfAssessmentScale.of(criterion);
      addClassName("assessment-row");
      setAlignItems(Alignment.BASELINE);
      setWrap(true);
      Paragraph label =
          new Paragraph(
              (criterion.code() == null ? "" : criterion.code() + ". ") + criterion.title());
      label.setWidthFull();
      score.setMin(scale.min());
      score.setMax(scale.max());
      String min = SelfAssessmentScale.format(scale.min());
      String max = SelfAssessmentScale.format(scale.max());
      // The scale is shown before a value is typed, and a value outside it is refused with it.
      score.setHelperText(getTranslation("workspace.initiatives.scale", min, max));
      score.setErrorMessage(getTranslation("workspace.initiatives.score-out-of-scale", min, max));
      score.addClassName("assessment-score");
      file.setLabel(getTranslation("workspace.initiatives.evidence-file"));
      file.setItems(evidence);
      file.setEmptySelectionAllowed(true);
      page.setMin(1);
      if (existing != null) {
        score.setValue(existing.score());
        note.setValue(existing.note() == null ? "" : existing.note());
        if (existing.evidenceFileName() != null && evidence.contains(existing.evidenceFileName())) {
          file.setValue(existing.evidenceFileName());
        }
        page.setValue(existing.evidencePage());
      }
      add(label, score, note, file, page);
      if (existing != null
          && existing.evidenceFileName() != null
          && existing.evidencePage() != null) {
        evidenceLink(existing.evidenceFileName(), existing.evidencePage()).ifPresent(this::add);
      }
      score.setReadOnly(!editable);
      note.setReadOnly(!editable);
      file.setReadOnly(!editable);
      page.setReadOnly(!editable);
    }

    /** True when the score is within the criterion's scale; otherwise marks the field. */
    boolean check() {
      boolean ok = !score.isInvalid() && scale.allows(score.getValue());
      if (score.getValue() == null && !score.isEmpty()) {
        ok = false;
      }
      score.setInvalid(!ok);
      return ok;
    }

    Assessment value() {
      return new Assessment(
          criterion.documentId(),
          score.getValue(),
          note.getValue().isBlank() ? null : note.getValue(),
          file.getValue(),
          page.getValue());
    }
  }

  /** The evidence file named in an assessment, opened at its page. */
  private java.util.Optional<com.vaadin.flow.component.Component> evidenceLink(
      String fileName, int page) {
    return currentEvidence.stream()
        .filter(m -> m.name().equals(fileName))
        .findFirst()
        .map(
            m ->
                PageLinks.at(
                    m,
                    page,
                    getTranslation("workspace.initiatives.evidence-at-page", m.name(), page),
                    out -> initiatives.downloadOwnEvidence(currentId, m.id(), out)));
  }

  private List<StrapiMedia> currentEvidence = List.of();
  private String currentId = "";

  @Override
  public String getPageTitle() {
    return getTranslation("workspace.initiatives.heading");
  }
}
