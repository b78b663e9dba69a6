package vn.thidua.portal.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.stories.StoryService;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiPage;

/**
 * Stories by column, newest first, ten a page. The column and the page are in the address ({@code
 * tin-bai?chuyen-muc=chuyen-doi-so&trang=2}) so every page can be shared.
 */
@Route(value = Routes.STORIES, layout = MainLayout.class)
@AnonymousAllowed
class StoriesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  static final String COLUMN = "chuyen-muc";
  static final String PAGE = "trang";

  private final StoryService stories;
  private @Nullable Column current;

  StoriesView(StoryService stories) {
    this.stories = stories;
    addClassNames("portal-page", "portal-stories");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    var params = event.getLocation().getQueryParameters();
    String columnSlug = params.getSingleParameter(COLUMN).orElse(null);
    int page = params.getSingleParameter(PAGE).map(StoriesView::pageNumber).orElse(1);
    List<Column> columns = StaleContent.unwrap(stories.columns(getLocale()));
    current = columns.stream().filter(c -> c.slug().equals(columnSlug)).findFirst().orElse(null);

    add(new H1(getPageTitle()));
    if (current != null && current.description() != null) {
      add(new Paragraph(current.description()));
    }
    add(columnLinks(columns));

    StrapiPage<Story> result =
        StaleContent.unwrap(
            stories.page(
                current == null ? null : current.slug(),
                page,
                StoryService.PAGE_SIZE,
                getLocale()));
    Div list = new Div();
    list.addClassName("portal-list");
    if (result.data().isEmpty()) {
      list.add(Content.empty(getTranslation("stories.none")));
    }
    for (Story story : result.data()) {
      Div item = new Div();
      item.addClassName("portal-card");
      item.add(new H2(Content.link(Routes.story(story.slug()), story.title())));
      Div meta = new Div();
      meta.addClassName("portal-meta");
      if (story.publishedDate() != null) {
        meta.add(Content.tag(Dates.format(story.publishedDate())));
      }
      if (story.column() != null && current == null) {
        meta.add(Content.tag(nameOf(story.column(), columns)));
      }
      item.add(meta);
      if (story.summary() != null) {
        item.add(new Paragraph(story.summary().source()));
      }
      list.add(item);
    }
    add(list, pager(result.pagination()));
  }

  /**
   * The column's name in the reader's language: a story's own column is its locale's (Vietnamese
   * for an untranslated story), the list of columns is translated.
   */
  static String nameOf(Column column, List<Column> columns) {
    return columns.stream()
        .filter(c -> c.documentId().equals(column.documentId()))
        .map(Column::name)
        .findFirst()
        .orElse(column.name());
  }

  private Nav columnLinks(List<Column> columns) {
    Nav nav = new Nav();
    nav.addClassName("portal-chips");
    nav.getElement().setAttribute("aria-label", getTranslation("stories.columns"));
    nav.add(chip(Routes.STORIES, getTranslation("stories.all"), current == null));
    for (Column c : columns) {
      nav.add(
          chip(href(c.slug(), 1), c.name(), current != null && current.slug().equals(c.slug())));
    }
    return nav;
  }

  private static com.vaadin.flow.component.html.Anchor chip(String href, String text, boolean on) {
    var a = Content.link(href, text);
    if (on) {
      a.getElement().setAttribute("aria-current", "page");
    }
    return a;
  }

  private Nav pager(StrapiPage.Pagination p) {
    Nav nav = new Nav();
    nav.addClassName("portal-pager");
    nav.getElement().setAttribute("aria-label", getTranslation("stories.pages"));
    if (p.pageCount() <= 1) {
      return nav;
    }
    String column = current == null ? null : current.slug();
    if (p.page() > 1) {
      nav.add(Content.link(href(column, p.page() - 1), getTranslation("stories.previous")));
    }
    nav.add(new Span(getTranslation("stories.page-of", p.page(), p.pageCount())));
    if (p.page() < p.pageCount()) {
      nav.add(Content.link(href(column, p.page() + 1), getTranslation("stories.next")));
    }
    return nav;
  }

  private static String href(@Nullable String column, int page) {
    StringBuilder href = new StringBuilder(Routes.STORIES);
    String sep = "?";
    if (column != null) {
      href.append(sep).append(COLUMN).append('=').append(column);
      sep = "&";
    }
    if (page > 1) {
      href.append(sep).append(PAGE).append('=').append(page);
    }
    return href.toString();
  }

  private static int pageNumber(String value) {
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @Override
  public String getPageTitle() {
    return Optional.ofNullable(current)
        .map(c -> getTranslation("stories.column-title", c.name()))
        .orElse(getTranslation("stories.title"));
  }
}
