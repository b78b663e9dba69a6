package vn.thidua.portal.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.council.CouncilContent.DecisionEntry;
import vn.thidua.portal.council.CouncilContent.MeetingEntry;
import vn.thidua.portal.council.CouncilContent.Member;
import vn.thidua.portal.council.CouncilContent.ProposalEntry;
import vn.thidua.portal.council.CouncilContent.ProposalResult;
import vn.thidua.portal.council.CouncilContent.VoteChoice;
import vn.thidua.portal.council.CouncilContent.VoteEntry;
import vn.thidua.portal.council.CouncilException;
import vn.thidua.portal.council.DecisionDesk;
import vn.thidua.portal.council.MeetingDesk;
import vn.thidua.portal.meeting.CandidateSource.Candidate;
import vn.thidua.portal.meeting.MeetingException;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Stage;

/**
 * Bình xét in one page, in the order the council works: the eligible candidates of the year and the
 * proposals made from them, the meeting (present members, each member's votes, closing), the
 * minutes, then the chair's decision (DOCX), its issue and the certificates (PDF).
 */
@Route(value = BinhXetView.ROUTE, layout = MainLayout.class)
@RolesAllowed({
  vn.thidua.portal.account.PortalRole.Names.COUNCIL,
  vn.thidua.portal.account.PortalRole.Names.ADMIN
})
public class BinhXetView extends Div implements HasDynamicTitle {

  /** Under the council's workspace, so the shell's access rules for it apply here too. */
  public static final String ROUTE = Routes.WORKSPACE_COUNCIL + "/binh-xet";

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final MeetingDesk meetings;
  private final DecisionDesk decisions;
  private final CurrentUser currentUser;
  private final Clock clock;
  final Select<Stage> stage = new Select<>();
  final IntegerField year = new IntegerField();
  final Grid<Candidate> candidates = new Grid<>();
  final Grid<ProposalEntry> proposals = new Grid<>();
  private final Div meetingBox = new Div();
  private final Div minutesBox = new Div();
  private final Div decisionBox = new Div();
  private @Nullable MeetingEntry meeting;
  private Map<String, List<VoteEntry>> votesByProposal = Map.of();

  public BinhXetView(
      MeetingDesk meetings, DecisionDesk decisions, CurrentUser currentUser, Clock clock) {
    this.meetings = meetings;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");

    stage.setId("bx-stage");
    stage.setLabel(getTranslation("council.stage"));
    stage.setItems(Stage.values());
    stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
    stage.setValue(Stage.ANNUAL);
    stage.addValueChangeListener(e -> refresh());
    year.setId("bx-year");
    year.setLabel(getTranslation("council.year"));
    year.setStepButtonsVisible(true);
    year.setValue(LocalDate.now(clock).getYear());
    year.addValueChangeListener(e -> refresh());

    candidates.setId("bx-candidates");
    candidates
        .addColumn(Candidate::name)
        .setHeader(getTranslation("council.recipient"))
        .setFlexGrow(3);
    candidates
        .addColumn(c -> c.kind() == null ? "" : getTranslation(c.kind().messageKey()))
        .setHeader(getTranslation("binh-xet.kind"));
    candidates
        .addColumn(c -> score(c.total()) + " / " + score(c.maxTotal()))
        .setHeader(getTranslation("binh-xet.total"));
    candidates.addColumn(Candidate::rank).setHeader(getTranslation("binh-xet.rank"));
    candidates.addComponentColumn(
        c -> {
          Button b = new Button(getTranslation("binh-xet.propose"), e -> propose(c));
          b.addClassName("bx-propose");
          b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
          return b;
        });
    candidates.setAllRowsVisible(true);

    proposals.setId("bx-proposals");
    proposals
        .addColumn(ProposalEntry::recipientName)
        .setHeader(getTranslation("council.recipient"))
        .setFlexGrow(3);
    proposals
        .addColumn(ProposalEntry::awardForm)
        .setHeader(getTranslation("council.form"))
        .setFlexGrow(2);
    proposals
        .addColumn(p -> p.totalScore() == null ? "" : score(p.totalScore()))
        .setHeader(getTranslation("binh-xet.total"));
    proposals
        .addColumn(this::evidence)
        .setHeader(getTranslation("council.evidence"))
        .setFlexGrow(3);
    proposals.addComponentColumn(this::dossierLink).setHeader(getTranslation("dossier.download"));
    proposals.addColumn(this::tally).setHeader(getTranslation("binh-xet.votes"));
    proposals
        .addColumn(
            p ->
                getTranslation(
                    (p.result() == null ? ProposalResult.PENDING : p.result()).messageKey()))
        .setHeader(getTranslation("council.status"));
    proposals
        .addComponentColumn(this::voteButtons)
        .setHeader(getTranslation("binh-xet.my-vote"))
        .setFlexGrow(2);
    proposals.setAllRowsVisible(true);

    meetingBox.setId("bx-meeting");
    minutesBox.setId("bx-minutes");
    decisionBox.setId("bx-decision");
    Anchor back = new Anchor(Routes.WORKSPACE_COUNCIL, getTranslation("binh-xet.back"));
    add(
        new H1(getTranslation("binh-xet.title")),
        back,
        new HorizontalLayout(stage, year),
        new H2(getTranslation("binh-xet.candidates")),
        new Paragraph(getTranslation("binh-xet.candidates.help")),
        candidates,
        new H2(getTranslation("binh-xet.meeting")),
        meetingBox,
        new H2(getTranslation("binh-xet.proposals")),
        proposals,
        minutesBox,
        new H2(getTranslation("binh-xet.decision")),
        decisionBox);
    refresh();
  }

  private int selectedYear() {
    return year.getValue() == null ? LocalDate.now(clock).getYear() : year.getValue();
  }

  private static String score(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format("%.1f", d);
  }

  void refresh() {
    Stage s = stage.getValue();
    int y = selectedYear();
    candidates.setItems(meetings.eligible(y));
    List<MeetingEntry> all = meetings.meetings(s, y);
    meeting = all.isEmpty() ? null : meetings.meeting(all.get(0).documentId());
    votesByProposal =
        meeting == null
            ? Map.of()
            : meetings.votes(meeting.documentId()).stream()
                .filter(v -> v.proposal() != null)
                .collect(Collectors.groupingBy(v -> v.proposal().documentId()));
    proposals.setItems(meetings.proposals(s, y));
    showMeeting();
    showMinutes();
    showDecision();
  }

  private String evidence(ProposalEntry p) {
    String reports =
        p.reports().stream()
            .map(
                r ->
                    getTranslation(
                        "binh-xet.evidence.report", r.number() == null ? "" : r.number()))
            .collect(Collectors.joining("; "));
    String initiatives =
        p.initiatives().stream().map(i -> i.title()).collect(Collectors.joining("; "));
    return String.join(
        " · ", List.of(reports, initiatives).stream().filter(t -> !t.isBlank()).toList());
  }

  /** The proposal's dossier (issue 13): its claims and the pages that prove them, as one PDF. */
  private Anchor dossierLink(ProposalEntry p) {
    Anchor a =
        new Anchor(
            vn.thidua.portal.dossier.DossierLinks.url(p.documentId(), getLocale()),
            getTranslation("dossier.download"));
    a.addClassName("bx-dossier");
    a.getElement().setAttribute("download", true);
    a.setRouterIgnore(true);
    return a;
  }

  private String tally(ProposalEntry p) {
    if (p.agreeCount() != null && p.result() != ProposalResult.PENDING) {
      return getTranslation("binh-xet.tally", p.agreeCount(), p.disagreeCount(), p.presentCount());
    }
    List<VoteEntry> votes = votesByProposal.getOrDefault(p.documentId(), List.of());
    long agree = votes.stream().filter(v -> v.choice() == VoteChoice.AGREE).count();
    return getTranslation("binh-xet.tally.open", agree, votes.size() - agree);
  }

  private Component voteButtons(ProposalEntry p) {
    MeetingEntry m = meeting;
    PortalUser user = currentUser.get().orElse(null);
    if (m == null
        || m.isClosed()
        || user == null
        || p.meeting() == null
        || !p.meeting().documentId().equals(m.documentId())
        || !m.isPresent(user.username())) {
      return new Span();
    }
    Optional<VoteChoice> mine =
        votesByProposal.getOrDefault(p.documentId(), List.of()).stream()
            .filter(v -> user.username().equals(v.memberUsername()))
            .map(VoteEntry::choice)
            .findFirst();
    Button agree = new Button(getTranslation("binh-xet.agree"), e -> vote(m, p, true));
    agree.addClassName("bx-agree");
    Button disagree = new Button(getTranslation("binh-xet.disagree"), e -> vote(m, p, false));
    disagree.addClassName("bx-disagree");
    for (Button b : List.of(agree, disagree)) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
      b.setDisableOnClick(true);
    }
    mine.ifPresent(
        c ->
            (c == VoteChoice.AGREE ? agree : disagree)
                .addThemeVariants(ButtonVariant.LUMO_PRIMARY));
    Span state =
        new Span(
            mine.map(c -> getTranslation("binh-xet.my-vote." + c.apiValue()))
                .orElse(getTranslation("binh-xet.my-vote.none")));
    state.addClassName("bx-my-vote");
    return new HorizontalLayout(agree, disagree, state);
  }

  private void vote(MeetingEntry m, ProposalEntry p, boolean agree) {
    act(() -> meetings.vote(m.documentId(), p.documentId(), agree));
  }

  private void showMeeting() {
    meetingBox.removeAll();
    MeetingEntry m = meeting;
    if (m == null || m.isClosed()) {
      if (m != null) {
        meetingBox.add(new Paragraph(meetingLine(m)));
      }
      DatePicker date = new DatePicker(getTranslation("binh-xet.meeting.date"));
      date.setValue(LocalDate.now(clock));
      IntegerField members = new IntegerField(getTranslation("binh-xet.meeting.members"));
      members.setId("bx-members");
      members.setMin(1);
      members.setValue(3);
      IntegerField quorum = new IntegerField(getTranslation("binh-xet.meeting.quorum"));
      quorum.setHelperText(getTranslation("binh-xet.meeting.quorum.help"));
      Button open =
          new Button(
              getTranslation("binh-xet.meeting.open"),
              e ->
                  act(
                      () ->
                          meetings.open(
                              stage.getValue(),
                              selectedYear(),
                              date.getValue() == null ? LocalDate.now(clock) : date.getValue(),
                              members.getValue() == null ? 1 : members.getValue(),
                              quorum.getValue())));
      open.setId("bx-open");
      open.setDisableOnClick(true);
      meetingBox.add(new HorizontalLayout(date, members, quorum, open));
      return;
    }
    Paragraph line = new Paragraph(meetingLine(m));
    line.setId("bx-present");
    meetingBox.add(line);
    PortalUser user = currentUser.get().orElse(null);
    HorizontalLayout actions = new HorizontalLayout();
    if (user != null && !m.isPresent(user.username())) {
      Button attend =
          new Button(
              getTranslation("binh-xet.meeting.attend"),
              e -> act(() -> meetings.attend(m.documentId())));
      attend.setId("bx-attend");
      attend.setDisableOnClick(true);
      attend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(attend);
    }
    Button close = new Button(getTranslation("binh-xet.meeting.close"), e -> confirmClose(m));
    close.setId("bx-close");
    actions.add(close);
    meetingBox.add(actions);
  }

  private String meetingLine(MeetingEntry m) {
    String present =
        m.presentMembers().stream().map(Member::fullName).collect(Collectors.joining(", "));
    return getTranslation(
        m.isClosed() ? "binh-xet.meeting.closed-line" : "binh-xet.meeting.open-line",
        Dates.format(m.date()),
        m.presentMembers().size(),
        m.memberCount() == null ? "" : m.memberCount(),
        present.isEmpty() ? "—" : present,
        m.closedAt() == null ? "" : Dates.format(m.closedAt(), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  private void confirmClose(MeetingEntry m) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("binh-xet.meeting.close"));
    dialog.add(new Paragraph(getTranslation("binh-xet.meeting.close.confirm")));
    Button yes =
        new Button(
            getTranslation("binh-xet.meeting.close"),
            e -> {
              dialog.close();
              act(() -> meetings.close(m.documentId()));
            });
    yes.setId("bx-close-confirm");
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    yes.setDisableOnClick(true);
    dialog.getFooter().add(new Button(getTranslation("council.cancel"), e -> dialog.close()), yes);
    dialog.open();
  }

  private void showMinutes() {
    minutesBox.removeAll();
    MeetingEntry m = meeting;
    if (m == null || !m.isClosed()) {
      return;
    }
    minutesBox.add(new H2(getTranslation("binh-xet.minutes")));
    minutesBox.add(new Paragraph(meetingLine(m)));
    for (ProposalEntry p : m.proposals()) {
      List<VoteEntry> votes = votesByProposal.getOrDefault(p.documentId(), List.of());
      String who =
          votes.stream()
              .map(
                  v ->
                      (v.memberName() == null ? v.memberUsername() : v.memberName())
                          + ": "
                          + getTranslation(
                              "binh-xet.my-vote."
                                  + (v.choice() == null ? "none" : v.choice().apiValue())))
              .collect(Collectors.joining("; "));
      minutesBox.add(
          new Paragraph(
              getTranslation(
                  "binh-xet.minutes.line",
                  p.recipientName(),
                  p.awardForm(),
                  tally(p),
                  getTranslation(
                      (p.result() == null ? ProposalResult.PENDING : p.result()).messageKey()),
                  who.isEmpty() ? "—" : who)));
    }
  }

  private void showDecision() {
    decisionBox.removeAll();
    MeetingEntry m = meeting;
    if (m == null || !m.isClosed()) {
      decisionBox.add(new Paragraph(getTranslation("binh-xet.decision.after-meeting")));
      return;
    }
    Optional<DecisionEntry> existing =
        decisions.decisions(stage.getValue(), selectedYear()).stream()
            .filter(d -> d.meeting() != null && d.meeting().documentId().equals(m.documentId()))
            .findFirst();
    if (existing.isEmpty()) {
      draftForm(m);
      return;
    }
    DecisionEntry d = existing.get();
    Paragraph status =
        new Paragraph(
            getTranslation(
                d.isIssued() ? "binh-xet.decision.issued" : "binh-xet.decision.draft",
                d.number(),
                Dates.format(d.date()),
                d.proposals().size()));
    status.setId("bx-decision-status");
    decisionBox.add(status);
    decisionBox.add(
        download(
            "bx-docx",
            "binh-xet.decision.docx",
            event -> {
              event.setFileName("quyet-dinh-" + slug(d.number()) + ".docx");
              event.setContentType(DOCX);
              decisions.writeDocx(d.documentId(), event.getOutputStream());
            }));
    if (!d.isIssued()) {
      Button issue =
          new Button(
              getTranslation("binh-xet.decision.issue"),
              e -> act(() -> decisions.issue(d.documentId())));
      issue.setId("bx-issue");
      issue.setDisableOnClick(true);
      issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      decisionBox.add(new Div(issue));
      return;
    }
    decisionBox.add(
        download(
            "bx-certificates",
            "binh-xet.certificates.all",
            event -> {
              event.setFileName("giay-khen-" + slug(d.number()) + ".pdf");
              event.setContentType("application/pdf");
              decisions.writeCertificates(d.documentId(), null, event.getOutputStream());
            }));
    Div each = new Div();
    each.setId("bx-certificate-list");
    int i = 1;
    for (ProposalEntry p : d.proposals()) {
      int n = i++;
      Anchor a =
          download(
              "bx-certificate-" + n,
              "binh-xet.certificates.one",
              event -> {
                event.setFileName("giay-khen-" + slug(d.number()) + "-" + n + ".pdf");
                event.setContentType("application/pdf");
                decisions.writeCertificates(
                    d.documentId(), p.documentId(), event.getOutputStream());
              });
      a.setText(getTranslation("binh-xet.certificates.one", p.recipientName()));
      each.add(new Div(a));
    }
    decisionBox.add(each);
  }

  private void draftForm(MeetingEntry m) {
    DecisionDesk.Defaults defaults = decisions.defaults();
    TextField number = new TextField(getTranslation("council.decision-number"));
    number.setId("bx-number");
    number.setPlaceholder("25/QĐ-UBND");
    number.setRequired(true);
    DatePicker date = new DatePicker(getTranslation("council.decision-date"));
    date.setValue(LocalDate.now(clock));
    TextField signer = new TextField(getTranslation("binh-xet.decision.signer"));
    signer.setValue(defaults.signer() == null ? "" : defaults.signer());
    TextField signerTitle = new TextField(getTranslation("binh-xet.decision.signer-title"));
    signerTitle.setValue(defaults.signerTitle() == null ? "" : defaults.signerTitle());
    TextArea wording = new TextArea(getTranslation("binh-xet.decision.wording"));
    wording.setWidthFull();
    // The certificate's wording is Vietnamese whatever the screen's language: it is printed.
    wording.setValue(DecisionDesk.defaultWording(selectedYear()));
    Button draft =
        new Button(
            getTranslation("binh-xet.decision.draft-button"),
            e -> {
              if (number.getValue().isBlank() || date.getValue() == null) {
                number.setInvalid(number.getValue().isBlank());
                e.getSource().setEnabled(true);
                return;
              }
              act(
                  () ->
                      decisions.draft(
                          m.documentId(),
                          number.getValue(),
                          date.getValue(),
                          signer.getValue(),
                          signerTitle.getValue(),
                          wording.getValue()));
            });
    draft.setId("bx-draft");
    draft.setDisableOnClick(true);
    draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    decisionBox.add(new HorizontalLayout(number, date, signer, signerTitle), wording, draft);
  }

  private Anchor download(String id, String key, DownloadHandler handler) {
    Anchor link = new Anchor(handler, getTranslation(key));
    link.setId(id);
    link.getElement().setAttribute("download", true);
    return link;
  }

  private static String slug(String number) {
    return number.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private void propose(Candidate c) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("binh-xet.propose.title", c.name()));
    ComboBox<String> form = new ComboBox<>(getTranslation("council.form"));
    form.setId("bx-form");
    List<String> forms = meetings.forms(stage.getValue());
    form.setItems(forms);
    if (!forms.isEmpty()) {
      form.setValue(forms.get(0));
    }
    form.setWidthFull();
    TextArea note = new TextArea(getTranslation("binh-xet.propose.note"));
    note.setWidthFull();
    Button save =
        new Button(
            getTranslation("council.save"),
            e -> {
              if (form.getValue() == null) {
                form.setInvalid(true);
                e.getSource().setEnabled(true);
                return;
              }
              dialog.close();
              act(
                  () ->
                      meetings.propose(
                          stage.getValue(),
                          selectedYear(),
                          c.key(),
                          form.getValue(),
                          note.getValue()));
            });
    save.setId("bx-propose-save");
    save.setDisableOnClick(true);
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(
        new Paragraph(
            getTranslation(
                "binh-xet.propose.evidence", score(c.total()), score(c.maxTotal()), c.rank())),
        form,
        note);
    dialog.getFooter().add(new Button(getTranslation("council.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  /** Runs a step; a refused step tells the member why, in their language. */
  private void act(Runnable step) {
    try {
      step.run();
    } catch (CouncilException e) {
      error(e.messageKey());
    } catch (MeetingException e) {
      error(e.messageKey());
    }
    refresh();
  }

  private void error(String key) {
    Notification n = new Notification(getTranslation(key), 6000);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    n.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("binh-xet.title");
  }
}
