package vn.thidua.portal.stories.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.stories.StoryBody;
import vn.thidua.portal.stories.StoryService;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.Unit;

/**
 * One story: its text (Markdown from Strapi, sanitised: a script in it never runs), its images
 * through the portal's file proxy, the units and initiatives it is about, and where it comes from.
 */
@Route(value = Routes.STORY, layout = MainLayout.class)
@AnonymousAllowed
class StoryView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final StoryService stories;
  private String title = "";

  private final vn.thidua.portal.files.PublicFiles publicFiles;

  StoryView(StoryService stories, vn.thidua.portal.files.PublicFiles publicFiles) {
    this.publicFiles = publicFiles;
    this.stories = stories;
    addClassNames("portal-page", "portal-story");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String slug = event.getRouteParameters().get(Routes.SLUG).orElse("");
    Optional<Story> found = StaleContent.unwrap(stories.bySlug(slug, getLocale()));
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    Story story = found.get();
    title = story.title();

    Div meta = new Div();
    meta.addClassName("portal-meta");
    if (story.column() != null) {
      meta.add(
          Content.link(
              Routes.STORIES + "?" + StoriesView.COLUMN + "=" + story.column().slug(),
              StoriesView.nameOf(
                  story.column(), StaleContent.unwrap(stories.columns(getLocale())))));
    }
    if (story.publishedDate() != null) {
      meta.add(
          Content.tag(getTranslation("stories.published", Dates.format(story.publishedDate()))));
    }
    add(new H1(story.title()), meta);

    if (story.cover() != null) {
      Image cover =
          new Image(
              PublicFiles.url(PublicFiles.Owner.STORY, story.documentId(), story.cover()),
              Optional.ofNullable(story.coverAlt())
                  .or(() -> Optional.ofNullable(story.cover().alternativeText()))
                  .orElse(""));
      cover.addClassName("portal-cover");
      add(cover);
    }
    if (story.summary() != null && !story.summary().isBlank()) {
      Paragraph lead = new Paragraph(story.summary().source());
      lead.addClassName("portal-lead");
      add(lead);
    }
    add(new Html(StoryBody.html(story.body(), story.documentId())));

    add(source(story));
    add(related(story));
    if (!story.tags().isEmpty()) {
      Div tags = new Div();
      tags.addClassName("portal-meta");
      story.tags().forEach(t -> tags.add(Content.tag(t)));
      add(tags);
    }
  }

  private Section source(Story story) {
    Section section = new Section();
    section.addClassName("portal-source");
    boolean any =
        story.sourceInitiative() != null
            || story.sourceReport() != null
            || story.sourceFileName() != null;
    if (!any) {
      return section;
    }
    section.add(new H2(getTranslation("stories.source")));
    if (story.sourceInitiative() != null && story.sourceInitiative().slug() != null) {
      section.add(
          new Paragraph(
              Content.link(
                  Routes.initiative(story.sourceInitiative().slug()),
                  getTranslation("stories.source.initiative", story.sourceInitiative().title()))));
    }
    if (story.sourceFileName() != null) {
      String file =
          story.sourcePage() != null
              ? getTranslation(
                  "stories.source.file-page", story.sourceFileName(), story.sourcePage())
              : getTranslation("stories.source.file", story.sourceFileName());
      String number = story.sourceReport() == null ? null : story.sourceReport().number();
      Paragraph where = new Paragraph();
      if (number != null && !number.isBlank()) {
        where.add(getTranslation("stories.source.report", number) + " · ");
      }
      // Issue 17: the file's name opens the file at the cited page (served only while the report
      // is accepted, as every report file the portal serves to readers).
      java.util.Optional<String> href =
          story.sourceReport() == null
              ? publicFiles.storySourceFile(
                  story.documentId(), story.sourceFileName(), story.sourcePage())
              : publicFiles.acceptedReportFile(
                  story.sourceReport().documentId(), story.sourceFileName(), story.sourcePage());
      if (href.isPresent()) {
        where.add(vn.thidua.portal.files.PageLinks.publicAt(href.get(), null, file));
      } else {
        where.add(file);
      }
      section.add(where);
      // "Find this passage in the report" opens the cited file at the cited page with the
      // passage's first words searched there (PDF open parameters, RFC 8118), not a generic search;
      // without a file the reader may open there is nothing to find it in.
      href.ifPresent(
          h -> {
            var find =
                vn.thidua.portal.files.PageLinks.publicAt(
                    passageAddress(h, searchWords(story)),
                    null,
                    getTranslation("stories.source.search"));
            find.setId("story-find-passage");
            section.add(new Paragraph(find));
          });
    }
    if (story.sourceExcerpt() != null && !story.sourceExcerpt().isBlank()) {
      Div quote = new Div();
      quote.setText("“" + story.sourceExcerpt() + "”");
      quote.addClassName("portal-quote");
      section.add(quote);
    }
    return section;
  }

  /**
   * The file's address (already at its page) with the words to search for in it: {@code
   * #page=3&search="words"}.
   */
  static String passageAddress(String fileAddress, String words) {
    if (words.isBlank()) {
      return fileAddress;
    }
    String quoted =
        URLEncoder.encode("\"" + words + "\"", StandardCharsets.UTF_8).replace("+", "%20");
    return fileAddress + (fileAddress.contains("#") ? "&" : "#") + "search=" + quoted;
  }

  /** What to search for to find the passage: its first words, else the file's name. */
  private static String searchWords(Story story) {
    String excerpt = story.sourceExcerpt();
    if (excerpt != null && !excerpt.isBlank()) {
      String[] words = excerpt.strip().replaceAll("[()\\[\\]“”\"]", " ").split("\\s+");
      return String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length))).strip();
    }
    String file = story.sourceFileName();
    return file == null ? "" : file.replaceFirst("\\.[^.]+$", "");
  }

  private Section related(Story story) {
    Section section = new Section();
    Map<String, Unit> units = new LinkedHashMap<>();
    story.units().forEach(u -> units.putIfAbsent(u.documentId(), u));
    if (!units.isEmpty()) {
      section.add(new H2(getTranslation("stories.units")));
      UnorderedList list = new UnorderedList();
      units.values().forEach(u -> list.add(new ListItem(unitLine(u))));
      section.add(list);
    }
    if (!story.initiatives().isEmpty()) {
      section.add(new H2(getTranslation("stories.initiatives")));
      UnorderedList list = new UnorderedList();
      for (Initiative i : story.initiatives()) {
        list.add(
            new ListItem(
                i.slug() == null
                    ? new com.vaadin.flow.component.html.Span(i.title())
                    : Content.link(Routes.initiative(i.slug()), i.title())));
      }
      section.add(list);
    }
    return section;
  }

  private String unitLine(Unit unit) {
    return unit.kind() == null
        ? unit.name()
        : unit.name() + " (" + getTranslation(unit.kind().messageKey()) + ")";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("story.title", title);
  }
}
