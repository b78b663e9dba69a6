package vn.thidua.portal.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.SearchRequest;
import vn.thidua.portal.indexer.SearchResults;
import vn.thidua.portal.search.SearchService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.SafeHtml;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * Search: {@code tim-kiem?q=...} with facets (kind, year, kind of unit, field) as links, highlights
 * (only the indexer's {@code <mark>} survives), the file and page for report evidence, and paging.
 * When the indexer is down it says so plainly; the rest of the site is unaffected.
 */
@Route(value = Routes.SEARCH, layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  static final String Q = "q";
  static final String KIND = "loai";
  static final String YEAR = "nam";
  static final String UNIT_KIND = "loai-don-vi";
  static final String FIELD = "linh-vuc";
  static final String PAGE = "trang";

  /** The facets the indexer returns, and the query parameter each one sets. */
  private static final Map<String, String> FACETS =
      Map.of("kind", KIND, "year", YEAR, "unitKind", UNIT_KIND, "field", FIELD);

  private static final List<String> FACET_ORDER = List.of("kind", "year", "unitKind", "field");

  private final SearchService search;
  private String query = "";

  SearchView(SearchService search) {
    this.search = search;
    addClassNames("portal-page", "portal-search-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    QueryParameters params = event.getLocation().getQueryParameters();
    Map<String, String> current = new LinkedHashMap<>();
    for (String name : List.of(Q, KIND, YEAR, UNIT_KIND, FIELD)) {
      params
          .getSingleParameter(name)
          .filter(v -> !v.isBlank())
          .ifPresent(v -> current.put(name, v));
    }
    query = current.getOrDefault(Q, "").strip();
    int page = params.getSingleParameter(PAGE).flatMap(SearchView::number).orElse(1);

    add(new H1(getTranslation("search.title")));
    add(form());
    if (query.isEmpty()) {
      add(new Paragraph(getTranslation("search.hint")));
      return;
    }
    SearchRequest request =
        new SearchRequest(
            query,
            current.get(KIND),
            Optional.ofNullable(current.get(YEAR)).flatMap(SearchView::number).orElse(null),
            current.get(UNIT_KIND),
            current.get(FIELD),
            null,
            Math.max(0, page - 1),
            SearchRequest.DEFAULT_SIZE);
    switch (search.search(request)) {
      case IndexerResult.Available<SearchResults>(SearchResults results) ->
          show(results, current, page);
      case IndexerResult.Unavailable<SearchResults> down -> {
        Paragraph message = new Paragraph(getTranslation(down.messageKey()));
        message.addClassName("portal-notice-inline");
        message.getElement().setAttribute("role", "status");
        add(message);
      }
    }
  }

  private Div form() {
    TextField field = new TextField(getTranslation("search.label"));
    field.setValue(query);
    field.setWidthFull();
    field.setClearButtonVisible(true);
    Button go = new Button(getTranslation("search.submit"));
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Runnable run =
        () -> {
          String q = field.getValue().strip();
          if (!q.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(Routes.SEARCH, QueryParameters.of(Q, q)));
          }
        };
    go.addClickListener(e -> run.run());
    field.addKeyPressListener(Key.ENTER, e -> run.run());
    Div row = new Div(field, go);
    row.addClassName("portal-search-row");
    row.getElement().setAttribute("role", "search");
    return row;
  }

  private void show(SearchResults results, Map<String, String> current, int page) {
    Paragraph summary = new Paragraph(getTranslation("search.count", results.total(), query));
    summary.getElement().setAttribute("role", "status");
    add(summary);

    Div layout = new Div();
    layout.addClassName("portal-search-layout");
    layout.add(facets(results, current));

    Section hits = new Section();
    hits.addClassName("portal-hits");
    hits.add(new H2(getTranslation("search.results")));
    if (results.hits().isEmpty()) {
      hits.add(Content.empty(getTranslation("search.none")));
    }
    OrderedList list = new OrderedList();
    list.addClassName("portal-hit-list");
    for (SearchResults.Hit hit : results.hits()) {
      list.add(hit(hit));
    }
    hits.add(list, pager(results, current, page));
    layout.add(hits);
    add(layout);
  }

  private ListItem hit(SearchResults.Hit hit) {
    ListItem li = new ListItem();
    li.addClassName("portal-hit");
    Optional<String> route = SearchService.route(hit);
    H3 title = new H3();
    title.add(
        route
            .<com.vaadin.flow.component.Component>map(r -> Content.link(r, hit.title()))
            .orElseGet(() -> new Span(hit.title())));
    li.add(title);
    Div meta = new Div();
    meta.addClassName("portal-meta");
    meta.add(Content.tag(label("kind", hit.kind())));
    if (hit.unitName() != null) {
      meta.add(Content.tag(hit.unitName()));
    }
    if (hit.year() != null) {
      meta.add(Content.tag(String.valueOf(hit.year())));
    }
    if (hit.field() != null) {
      meta.add(Content.tag(label("field", hit.field())));
    }
    li.add(meta);
    if (hit.fileName() != null) {
      String text =
          hit.page() != null
              ? getTranslation("search.file-page", hit.fileName(), hit.page())
              : getTranslation("search.file", hit.fileName());
      // The evidence itself: the file, opened at the page that holds the words.
      Paragraph where = new Paragraph();
      search
          .fileLink(hit)
          .ifPresentOrElse(
              href -> where.add(Content.download(href, text)), () -> where.setText(text));
      where.addClassName("portal-hit-file");
      li.add(where);
    }
    for (String passage : hit.highlights()) {
      li.add(new Html(SafeHtml.highlight("… " + passage + " …")));
    }
    return li;
  }

  private Nav facets(SearchResults results, Map<String, String> current) {
    Nav nav = new Nav();
    nav.addClassName("portal-facets");
    nav.getElement().setAttribute("aria-label", getTranslation("search.facets"));
    for (String facet : FACET_ORDER) {
      Map<String, Long> values = results.facets().get(facet);
      if (values == null || values.isEmpty()) {
        continue;
      }
      String param = FACETS.get(facet);
      Div group = new Div();
      group.addClassName("portal-facet");
      group.add(new H2(getTranslation("search.facet." + facet)));
      com.vaadin.flow.component.html.UnorderedList list =
          new com.vaadin.flow.component.html.UnorderedList();
      if (current.containsKey(param)) {
        Map<String, String> without = new LinkedHashMap<>(current);
        without.remove(param);
        list.add(new ListItem(Content.link(href(without, 1), getTranslation("search.facet.all"))));
      }
      values.forEach(
          (value, count) -> {
            Map<String, String> with = new LinkedHashMap<>(current);
            with.put(param, value);
            Anchor a = Content.link(href(with, 1), label(facet, value) + " (" + count + ")");
            if (value.equals(current.get(param))) {
              a.getElement().setAttribute("aria-current", "true");
            }
            list.add(new ListItem(a));
          });
      group.add(list);
      nav.add(group);
    }
    return nav;
  }

  private Nav pager(SearchResults results, Map<String, String> current, int page) {
    Nav nav = new Nav();
    nav.addClassName("portal-pager");
    nav.getElement().setAttribute("aria-label", getTranslation("stories.pages"));
    int size = Math.max(1, results.size());
    long pages = (results.total() + size - 1) / size;
    if (pages <= 1) {
      return nav;
    }
    if (page > 1) {
      nav.add(Content.link(href(current, page - 1), getTranslation("stories.previous")));
    }
    nav.add(new Span(getTranslation("stories.page-of", page, pages)));
    if (page < pages) {
      nav.add(Content.link(href(current, page + 1), getTranslation("stories.next")));
    }
    return nav;
  }

  /** A facet value in words: a kind of entry, unit or field has a label; a year is itself. */
  private String label(String facet, @Nullable String value) {
    if (value == null) {
      return "";
    }
    String key =
        switch (facet) {
          case "kind" -> "search.kind." + value;
          case "unitKind" -> "unit-kind." + value;
          case "field" -> "initiative-field." + value;
          default -> null;
        };
    return key == null ? value : getTranslation(key);
  }

  private static String href(Map<String, String> params, int page) {
    Map<String, String> q = new LinkedHashMap<>(params);
    if (page > 1) {
      q.put(PAGE, String.valueOf(page));
    }
    return Routes.SEARCH + "?" + QueryParameters.simple(q).getQueryString();
  }

  private static Optional<Integer> number(String value) {
    try {
      return Optional.of(Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getPageTitle() {
    return query.isEmpty() ? getTranslation("search.title") : getTranslation("search.query", query);
  }
}
