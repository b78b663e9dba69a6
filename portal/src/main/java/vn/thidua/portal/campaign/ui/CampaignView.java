package vn.thidua.portal.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.portal.campaign.CampaignCalendar;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.StrapiMedia;

/** The plan, section by section as it was issued, with its original files to download. */
@Route(value = Routes.CAMPAIGN, layout = MainLayout.class)
@AnonymousAllowed
class CampaignView extends Div implements HasDynamicTitle {

  private final Nav contents = new Nav();
  private final OrderedList contentsList = new OrderedList();

  CampaignView(PlanService plans) {
    addClassNames("portal-page", "portal-plan");
    Optional<Campaign> found = StaleContent.unwrap(plans.activePlan(getLocale()));
    if (found.isEmpty()) {
      add(new H1(getTranslation("campaign.title")), Content.empty(getTranslation("plan.none")));
      return;
    }
    Campaign plan = found.get();
    H1 title = new H1(plan.title());
    add(title, meta(plan), downloads(plan));

    contents.getElement().setAttribute("aria-label", getTranslation("plan.contents"));
    contents.addClassName("portal-toc");
    contents.add(new Span(getTranslation("plan.contents")), contentsList);
    add(contents);

    if (hasText(plan.basis()) || hasText(plan.introduction())) {
      add(
          section(
              "can-cu",
              getTranslation("plan.section.basis"),
              Content.richText(plan.basis()),
              Content.richText(plan.introduction())));
    }
    add(
        section(
            "muc-dich",
            getTranslation("plan.section.purpose"),
            new H3(getTranslation("plan.purpose")),
            Content.richText(plan.purpose()),
            new H3(getTranslation("plan.requirements")),
            Content.richText(plan.requirements())));
    add(contentAreas(plan));
    add(criteria(plan));
    add(awardForms(plan));
    add(
        section(
            "giai-phap",
            getTranslation("plan.section.solutions"),
            Content.richText(plan.solutions())));
    add(phases(plan, plans));
    add(responsibilities(plan, plans.dueDay()));
  }

  private Div meta(Campaign plan) {
    Div meta = new Div();
    meta.addClassName("portal-meta");
    if (plan.number() != null) {
      meta.add(new Paragraph(getTranslation("plan.number", plan.number())));
    }
    String issued =
        plan.issuedDate() != null
            ? Dates.format(plan.issuedDate())
            : Optional.ofNullable(plan.issuedDateText()).orElse("");
    if (!issued.isBlank() || plan.place() != null) {
      meta.add(
          new Paragraph(
              getTranslation("plan.issued", Optional.ofNullable(plan.place()).orElse(""), issued)));
    }
    if (plan.issuer() != null) {
      meta.add(new Paragraph(getTranslation("plan.issuer", plan.issuer())));
    }
    if (plan.signer() != null) {
      meta.add(
          new Paragraph(
              getTranslation(
                  "plan.signer",
                  Optional.ofNullable(plan.signerTitle()).orElse(""),
                  plan.signer())));
    }
    return meta;
  }

  private Component downloads(Campaign plan) {
    Div box = new Div();
    box.addClassName("portal-downloads");
    if (plan.attachments().isEmpty()) {
      return box;
    }
    box.add(new H2(getTranslation("plan.downloads")));
    UnorderedList list = new UnorderedList();
    for (StrapiMedia file : plan.attachments()) {
      Anchor a =
          Content.download(
              PublicFiles.url(PublicFiles.Owner.PLAN, plan.documentId(), file),
              getTranslation("plan.download", file.name(), format(file), size(file)));
      a.getElement().setAttribute("download", file.name());
      list.add(new ListItem(a));
    }
    box.add(list);
    return box;
  }

  private static String format(StrapiMedia file) {
    String name = file.name();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
  }

  private static String size(StrapiMedia file) {
    if (file.size() == null) {
      return "";
    }
    double kb = file.size();
    return kb >= 1024 ? "%.1f MB".formatted(kb / 1024) : "%.0f KB".formatted(kb);
  }

  private Section contentAreas(Campaign plan) {
    OrderedList areas = new OrderedList();
    areas.addClassName("portal-areas");
    plan.contentAreas().stream()
        .sorted(Comparator.comparing(a -> a.order() == null ? 0 : a.order()))
        .forEach(
            area -> {
              ListItem item = new ListItem();
              item.add(new H3(area.title()), Content.richText(area.body()));
              areas.add(item);
            });
    return section(
        "noi-dung",
        getTranslation("plan.section.content"),
        Content.richText(plan.contentIntro()),
        areas);
  }

  private Section criteria(Campaign plan) {
    Section section = section("tieu-chi", getTranslation("plan.section.criteria"));
    for (Campaign.CriteriaGroup group : plan.criteriaGroups()) {
      Div box = new Div();
      box.addClassName("portal-card");
      String heading =
          group.unitKind() != null
              ? getTranslation(group.unitKind().messageKey())
              : group.heading();
      box.add(new H3(heading));
      if (group.unitKind() != null && !group.heading().isBlank()) {
        box.add(new Paragraph(group.heading()));
      }
      UnorderedList items = new UnorderedList();
      for (Campaign.CriteriaGroup.Item item : group.items()) {
        ListItem li = new ListItem();
        if (item.title() != null) {
          li.add(new Span(item.title() + " "));
        }
        li.add(Content.richText(item.text()));
        items.add(li);
      }
      box.add(items);
      section.add(box);
    }
    return section;
  }

  private Section awardForms(Campaign plan) {
    Section section = section("khen-thuong", getTranslation("plan.section.awards"));
    for (Stage stage : Stage.values()) {
      List<Campaign.AwardForm> forms =
          plan.awardForms().stream()
              .filter(f -> f.stage() == stage)
              .sorted(Comparator.comparing(f -> f.order() == null ? 0 : f.order()))
              .toList();
      if (forms.isEmpty()) {
        continue;
      }
      section.add(new H3(getTranslation(stage.messageKey())));
      UnorderedList list = new UnorderedList();
      for (Campaign.AwardForm form : forms) {
        ListItem li = new ListItem(new Span(form.name()));
        if (form.description() != null && !form.description().isBlank()) {
          li.add(Content.richText(form.description()));
        }
        list.add(li);
      }
      section.add(list);
    }
    if (hasText(plan.awardStandards())) {
      section.add(
          new H3(getTranslation("plan.award-standards")), Content.richText(plan.awardStandards()));
    }
    return section;
  }

  private Section phases(Campaign plan, PlanService plans) {
    Section section =
        section(
            "thoi-gian",
            getTranslation("plan.section.phases"),
            Content.richText(plan.timelineIntro()));
    section.add(new PhaseTimeline(plans.timeline(plan), true));
    return section;
  }

  private Section responsibilities(Campaign plan, CampaignCalendar.DueDay d) {
    Section section = section("to-chuc", getTranslation("plan.section.responsibilities"));
    plan.responsibilities().stream()
        .sorted(Comparator.comparing(r -> r.order() == null ? 0 : r.order()))
        .forEach(r -> section.add(new H3(r.party()), Content.richText(r.duties())));
    section.add(Content.richText(plan.reportingNote()));
    section.add(
        new Paragraph(
            getTranslation(
                "plan.deadline",
                "%02d/%02d".formatted(d.monthDay().getDayOfMonth(), d.monthDay().getMonthValue()),
                Optional.ofNullable(plan.reportRecipient()).orElse(""))));
    return section;
  }

  private Section section(String id, String heading, Component... body) {
    Section section = new Section();
    section.setId(id);
    section.add(new H2(heading));
    section.add(body);
    Anchor link = new Anchor(Routes.CAMPAIGN + "#" + id, heading);
    link.setRouterIgnore(true);
    contentsList.add(new ListItem(link));
    return section;
  }

  private static boolean hasText(
      vn.thidua.portal.strapi.model.@org.jspecify.annotations.Nullable RichText text) {
    return text != null && !text.isBlank();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("campaign.title");
  }
}
