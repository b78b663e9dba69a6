package vn.thidua.portal.facts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import vn.thidua.portal.facts.FactDecision;
import vn.thidua.portal.facts.FactsException;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.facts.FigureFormat;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.facts.ReportFileLink;
import vn.thidua.portal.facts.ReportSuggestions;
import vn.thidua.portal.facts.ReportSuggestions.FileSuggestions;
import vn.thidua.portal.indexer.FileFacts;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.strapi.model.InitiativeField;

/**
 * What the indexer read from each file of a report — number, date, unit, the indicator table, the
 * initiatives, the criteria its passages support — beside what was decided on each: a reviewer
 * confirms, corrects or rejects, and every decided fact shows who decided it and when, with a link
 * to the file at its page. A value the indexer was unsure of is marked and never offered as
 * confirmed: the reviewer looks at the page first.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class FactsPanel extends Div {

  private final FactsService facts;
  private final ZoneId zone;
  private final Paragraph message = new Paragraph();
  private final Div body = new Div();
  private @Nullable String reportDocumentId;

  public FactsPanel(FactsService facts, Clock clock) {
    this.facts = facts;
    this.zone = clock.getZone();
    setId("report-facts");
    addClassName("workspace-card");
    message.setId("facts-message");
    message.getElement().setAttribute("role", "status");
    add(new H2(getTranslation("facts.heading")), message, body);
  }

  /** Shows the facts of the report's files, asking the indexer again. */
  public void show(String reportDocumentId) {
    this.reportDocumentId = reportDocumentId;
    render(facts.suggestions(reportDocumentId));
  }

  private void refresh() {
    String id = reportDocumentId;
    if (id != null) {
      render(facts.suggestions(id));
    }
  }

  private void render(ReportSuggestions s) {
    body.removeAll();
    if (s.files().isEmpty()) {
      body.add(new Paragraph(getTranslation("facts.no-files")));
    }
    for (FileSuggestions file : s.files()) {
      body.add(file(s, file));
    }
  }

  private Div file(ReportSuggestions s, FileSuggestions file) {
    Div box = new Div();
    box.addClassName("facts-file");
    box.getElement().setAttribute("data-file", file.file().name());
    box.add(new H3(file.file().name()));
    FileFacts read = file.facts();
    if (read == null) {
      box.add(
          new Paragraph(
              getTranslation(file.unavailable() ? "facts.unavailable" : "facts.not-read")));
      return box;
    }
    Paragraph header =
        new Paragraph(
            getTranslation(
                "facts.header",
                orUnread(read.reportNumber()),
                read.reportDate() == null
                    ? getTranslation("facts.unread")
                    : Dates.format(read.reportDate()),
                orUnread(read.unitName())));
    header.addClassName("facts-header");
    box.add(header);
    if (read.proposal() != null) {
      box.add(
          new Paragraph(
              getTranslation(
                  "facts.proposal",
                  read.proposal().form(),
                  read.proposal().recipient() == null ? "" : read.proposal().recipient())));
    }
    if (!read.uncertain().isEmpty()) {
      UnorderedList notes = new UnorderedList();
      notes.addClassName("facts-uncertain-notes");
      read.uncertain().forEach(n -> notes.add(new ListItem(n)));
      box.add(new Paragraph(getTranslation("facts.uncertain-notes")), notes);
    }
    box.add(new H4(getTranslation("facts.indicators")));
    if (read.indicators().isEmpty()) {
      box.add(new Paragraph(getTranslation("facts.indicators-none")));
    } else {
      box.add(
          Content.scrollBox(
              indicators(s, file, read.indicators()), getTranslation("facts.indicators")));
    }
    box.add(new H4(getTranslation("facts.initiatives")));
    if (read.initiatives().isEmpty()) {
      box.add(new Paragraph(getTranslation("facts.initiatives-none")));
    } else {
      box.add(
          Content.scrollBox(
              initiatives(s, file, read.initiatives()), getTranslation("facts.initiatives")));
    }
    box.add(new H4(getTranslation("facts.criteria")));
    if (read.criteria().isEmpty()) {
      box.add(new Paragraph(getTranslation("facts.criteria-none")));
    } else {
      box.add(
          Content.scrollBox(criteria(s, file, read.criteria()), getTranslation("facts.criteria")));
    }
    return box;
  }

  // --- indicators ---

  private NativeTable indicators(
      ReportSuggestions s, FileSuggestions file, List<FileFacts.Indicator> rows) {
    NativeTable table =
        table(
            "facts-indicators",
            "facts.col.name",
            "facts.col.measure",
            "facts.col.value",
            "facts.col.page",
            "facts.col.decision",
            "facts.col.actions");
    for (FileFacts.Indicator i : rows) {
      Optional<ReportFact> decided = s.decision(s.keyOf(file, i));
      NativeTableCell value = new NativeTableCell(new Span(FigureFormat.format(i.value())));
      if (i.uncertain() || i.value() == null) {
        Span unsure = new Span(getTranslation("facts.uncertain"));
        unsure.addClassNames("portal-tag", "fact-uncertain");
        value.add(unsure);
      }
      table
          .getBody()
          .add(
              row(
                  new Fact("indicator", i.name(), i.page(), decided, true),
                  s,
                  file,
                  List.of(
                      new NativeTableCell(i.name()),
                      new NativeTableCell(i.unit() == null ? "" : i.unit()),
                      value),
                  decide -> indicatorActions(decide, i, decided),
                  d ->
                      facts.decideIndicator(
                          s.report().documentId(), file.file().id(), i.name(), i.page(), d, null)));
    }
    return table;
  }

  /** Confirm as read (not when unread), or type the right value and correct, or reject. */
  private List<Component> indicatorActions(
      Decider decide, FileFacts.Indicator i, Optional<ReportFact> decided) {
    TextField correction = new TextField();
    correction.addClassName("fact-correction");
    correction.setAriaLabel(getTranslation("facts.correction", i.name()));
    correction.setPlaceholder(getTranslation("facts.correction-placeholder"));
    correction.setWidth("8em");
    decided
        .filter(d -> d.decision() == FactDecision.CORRECTED)
        .ifPresent(d -> correction.setValue(FigureFormat.format(d.value())));
    Button confirm = confirm(decide);
    // A value the indexer could not read cannot be confirmed as read: only corrected.
    confirm.setEnabled(i.value() != null);
    Button correct =
        button(
            "facts.correct",
            "fact-correct",
            () -> {
              Optional<BigDecimal> typed = FigureFormat.parse(correction.getValue());
              if (typed.isEmpty()) {
                correction.setInvalid(true);
                correction.setErrorMessage(getTranslation("facts.error.value-required"));
                return false;
              }
              facts.decideIndicator(
                  decide.reportId(),
                  decide.fileId(),
                  i.name(),
                  i.page(),
                  FactDecision.CORRECTED,
                  typed.get());
              return true;
            });
    return List.of(confirm, correction, correct, reject(decide));
  }

  // --- initiatives ---

  private NativeTable initiatives(
      ReportSuggestions s, FileSuggestions file, List<FileFacts.Initiative> rows) {
    NativeTable table =
        table(
            "facts-initiatives",
            "facts.col.title",
            "facts.col.field",
            "facts.col.page",
            "facts.col.decision",
            "facts.col.actions");
    for (FileFacts.Initiative i : rows) {
      Optional<ReportFact> decided = s.decision(s.keyOf(file, i));
      Div title = new Div(new Span(i.title()));
      if (i.detail() != null && !i.detail().isBlank()) {
        Paragraph detail = new Paragraph(i.detail());
        detail.addClassName("fact-detail");
        title.add(detail);
      }
      InitiativeField read = field(i.field());
      table
          .getBody()
          .add(
              row(
                  new Fact("initiative", i.title(), i.page(), decided, false),
                  s,
                  file,
                  List.of(
                      new NativeTableCell(title),
                      new NativeTableCell(
                          read == null
                              ? getTranslation("facts.unread")
                              : getTranslation(read.messageKey()))),
                  decide -> initiativeActions(decide, i, read, decided),
                  d ->
                      facts.decideInitiative(
                          s.report().documentId(),
                          file.file().id(),
                          i.title(),
                          i.page(),
                          d,
                          null,
                          null)));
    }
    return table;
  }

  /** Confirm with the title and field as the reviewer leaves them (the field is required). */
  private List<Component> initiativeActions(
      Decider decide,
      FileFacts.Initiative i,
      @Nullable InitiativeField read,
      Optional<ReportFact> decided) {
    ComboBox<InitiativeField> field = new ComboBox<>();
    field.addClassName("fact-field");
    field.setAriaLabel(getTranslation("facts.col.field"));
    field.setItems(InitiativeField.values());
    field.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
    field.setValue(decided.map(ReportFact::field).orElse(read));
    TextField title = new TextField();
    title.addClassName("fact-title");
    title.setAriaLabel(getTranslation("facts.col.title"));
    title.setValue(i.title());
    title.setWidth("16em");
    Button confirm =
        button(
            "facts.confirm",
            "fact-confirm",
            () -> {
              if (field.getValue() == null) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("facts.error.field-required"));
                return false;
              }
              facts.decideInitiative(
                  decide.reportId(),
                  decide.fileId(),
                  i.title(),
                  i.page(),
                  FactDecision.CONFIRMED,
                  title.getValue(),
                  field.getValue());
              return true;
            });
    return List.of(title, field, confirm, reject(decide));
  }

  // --- criteria ---

  private NativeTable criteria(
      ReportSuggestions s, FileSuggestions file, List<FileFacts.Criterion> rows) {
    NativeTable table =
        table(
            "facts-criteria",
            "facts.col.code",
            "facts.col.excerpt",
            "facts.col.score",
            "facts.col.page",
            "facts.col.decision",
            "facts.col.actions");
    for (FileFacts.Criterion c : rows) {
      table
          .getBody()
          .add(
              row(
                  new Fact("criterion", c.code(), c.page(), s.decision(s.keyOf(file, c)), false),
                  s,
                  file,
                  List.of(
                      new NativeTableCell(
                          c.title() == null ? c.code() : c.code() + " – " + c.title()),
                      new NativeTableCell(c.excerpt() == null ? "" : c.excerpt()),
                      new NativeTableCell(String.format(Locale.ROOT, "%.2f", c.score()))),
                  decide -> List.of(confirm(decide), reject(decide)),
                  d ->
                      facts.decideCriterion(
                          s.report().documentId(), file.file().id(), c.code(), c.page(), d)));
    }
    return table;
  }

  // --- one row, whatever the kind of fact ---

  /** A fact read from a file: its kind (the row's class), name, page and what was decided on it. */
  private record Fact(
      String kind,
      String name,
      @Nullable Integer page,
      Optional<ReportFact> decided,
      boolean decisionWithValue) {}

  /** Records a plain decision (confirm or reject) on one fact. */
  private record Decider(String reportId, long fileId, Consumer<FactDecision> decision) {}

  /**
   * The row of a fact: the kind's own cells, then the page link, what was decided and, for those
   * who may decide, the kind's actions. Tests and styles find a row by {@code .fact-<kind>} and its
   * {@code data-name}.
   */
  private NativeTableRow row(
      Fact fact,
      ReportSuggestions s,
      FileSuggestions file,
      List<NativeTableCell> cells,
      Function<Decider, List<Component>> actions,
      Consumer<FactDecision> decision) {
    NativeTableRow row = new NativeTableRow();
    row.addClassName("fact-" + fact.kind());
    row.getElement().setAttribute("data-name", fact.name());
    cells.forEach(row::add);
    Component decide = new Span();
    if (facts.mayDecide()) {
      HorizontalLayout layout =
          new HorizontalLayout(
              actions
                  .apply(new Decider(s.report().documentId(), file.file().id(), decision))
                  .toArray(Component[]::new));
      layout.setWrap(true);
      layout.setSpacing(true);
      decide = layout;
    }
    row.add(
        new NativeTableCell(pageLink(s, file, fact.page())),
        new NativeTableCell(decision(fact.decided(), fact.decisionWithValue())),
        new NativeTableCell(decide));
    return row;
  }

  private Button confirm(Decider decide) {
    return button(
        "facts.confirm", "fact-confirm", () -> decide.decision().accept(FactDecision.CONFIRMED));
  }

  private Button reject(Decider decide) {
    return button(
        "facts.reject", "fact-reject", () -> decide.decision().accept(FactDecision.REJECTED));
  }

  // --- pieces ---

  private NativeTable table(String className, String... headerKeys) {
    NativeTable table = new NativeTable();
    table.addClassNames(className, "facts-table");
    NativeTableRow head = new NativeTableRow();
    for (String key : headerKeys) {
      head.add(new NativeTableHeaderCell(getTranslation(key)));
    }
    table.getHead().add(head);
    return table;
  }

  /** The file at the page the fact was read from, through the report's access rule. */
  private Anchor pageLink(ReportSuggestions s, FileSuggestions file, @Nullable Integer page) {
    Anchor link =
        new Anchor(
            ReportFileLink.url(s.report().documentId(), file.fileId(), page),
            page == null ? getTranslation("facts.open-file") : getTranslation("facts.page", page));
    link.setTarget(AnchorTarget.BLANK);
    link.getElement().setAttribute("router-ignore", true);
    link.addClassName("fact-page");
    return link;
  }

  /** What was decided, by whom and when; for an indicator also the value that counts. */
  private Component decision(Optional<ReportFact> decided, boolean withValue) {
    if (decided.isEmpty()) {
      Span open = new Span(getTranslation("facts.decision.none"));
      open.addClassName("fact-open");
      return open;
    }
    ReportFact d = decided.get();
    String line =
        getTranslation(
            "facts.decided",
            getTranslation(d.decision().messageKey()),
            d.decidedBy(),
            Dates.format(d.decidedAt(), zone));
    if (withValue && d.decision().counts()) {
      line = FigureFormat.format(d.value()) + " – " + line;
    }
    Div box = new Div(new Span(line));
    box.addClassNames("fact-decision", "fact-" + d.decision().apiValue());
    if (d.initiative() != null) {
      Anchor initiative =
          new Anchor(
              Routes.reviewInitiative(d.initiative().documentId()),
              getTranslation("facts.initiative-link", d.initiative().label()));
      initiative.addClassName("fact-initiative-link");
      box.add(new Div(initiative));
    }
    return box;
  }

  /** An action that decides: disabled at the first click so a double click decides once. */
  private Button button(String key, String className, Decision action) {
    Button b = new Button(getTranslation(key));
    b.addClassName(className);
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    b.setDisableOnClick(true);
    b.addClickListener(
        e -> {
          try {
            if (action.decide()) {
              message.setText(getTranslation("facts.saved"));
              refresh();
            } else {
              b.setEnabled(true);
            }
          } catch (FactsException ex) {
            message.setText(getTranslation(ex.messageKey()));
            b.setEnabled(true);
          }
        });
    return b;
  }

  /** A decision taken by a button; false when the input was refused and nothing was saved. */
  @FunctionalInterface
  private interface Decision {
    boolean decide();
  }

  /** The service's decision methods return the fact; a button only needs to know it was taken. */
  private Button button(String key, String className, Runnable action) {
    return button(
        key,
        className,
        () -> {
          action.run();
          return true;
        });
  }

  private String orUnread(@Nullable String value) {
    return value == null || value.isBlank() ? getTranslation("facts.unread") : value;
  }

  private static @Nullable InitiativeField field(@Nullable String apiValue) {
    for (InitiativeField f : InitiativeField.values()) {
      if (f.apiValue().equals(apiValue)) {
        return f;
      }
    }
    return null;
  }
}
