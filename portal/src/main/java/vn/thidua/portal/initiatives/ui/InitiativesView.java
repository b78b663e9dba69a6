package vn.thidua.portal.initiatives.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.initiatives.InitiativeService;
import vn.thidua.portal.initiatives.InitiativeService.Filter;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The catalogue of initiatives and exemplars, filtered by field, kind of unit and year. The filters
 * are in the address ({@code sang-kien?linh-vuc=chuyen_doi_so&nam=2026}) so a filtered list can be
 * shared.
 */
@Route(value = Routes.INITIATIVES, layout = MainLayout.class)
@AnonymousAllowed
class InitiativesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  static final String FIELD = "linh-vuc";
  static final String UNIT_KIND = "loai-don-vi";
  static final String YEAR = "nam";
  static final String PAGE = "trang";

  private final InitiativeService initiatives;

  InitiativesView(InitiativeService initiatives) {
    this.initiatives = initiatives;
    addClassNames("portal-page", "portal-initiatives");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    QueryParameters params = event.getLocation().getQueryParameters();
    Filter filter =
        new Filter(
            params
                .getSingleParameter(FIELD)
                .flatMap(v -> parse(InitiativeField.values(), v))
                .orElse(null),
            params
                .getSingleParameter(UNIT_KIND)
                .flatMap(v -> parse(UnitKind.values(), v))
                .orElse(null),
            params.getSingleParameter(YEAR).flatMap(InitiativesView::number).orElse(null));
    int page = params.getSingleParameter(PAGE).flatMap(InitiativesView::number).orElse(1);

    add(new H1(getPageTitle()), new Paragraph(getTranslation("initiatives.intro")));
    add(filters(filter));

    StrapiPage<Initiative> result =
        StaleContent.unwrap(initiatives.page(filter, Math.max(1, page)));
    Paragraph count =
        new Paragraph(getTranslation("initiatives.count", result.pagination().total()));
    count.getElement().setAttribute("role", "status");
    add(count);
    Div grid = new Div();
    grid.addClassName("portal-cards");
    if (result.data().isEmpty()) {
      grid.add(Content.empty(getTranslation("initiatives.none")));
    }
    for (Initiative i : result.data()) {
      Div card = new Div();
      card.addClassName("portal-card");
      card.add(
          new H2(
              i.slug() == null
                  ? new Span(i.title())
                  : Content.link(Routes.initiative(i.slug()), i.title())));
      Div meta = new Div();
      meta.addClassName("portal-meta");
      if (i.field() != null) {
        meta.add(Content.tag(getTranslation(i.field().messageKey())));
      }
      if (i.year() != null) {
        meta.add(Content.tag(String.valueOf(i.year())));
      }
      if (i.reviewStatus() != null) {
        meta.add(Content.tag(getTranslation(i.reviewStatus().messageKey())));
      }
      card.add(meta);
      if (i.unit() != null) {
        card.add(new Paragraph(i.unit().name()));
      }
      if (i.summary() != null) {
        Paragraph summary = new Paragraph(shorten(i.summary().source()));
        summary.addClassName("portal-muted");
        card.add(summary);
      }
      grid.add(card);
    }
    add(grid, pager(filter, result.pagination()));
  }

  private Div filters(Filter filter) {
    Div bar = new Div();
    bar.addClassName("portal-filters");
    bar.getElement().setAttribute("role", "group");
    bar.getElement().setAttribute("aria-label", getTranslation("initiatives.filters"));

    Select<Optional<InitiativeField>> field =
        select(
            getTranslation("initiatives.filter.field"),
            Arrays.asList(InitiativeField.values()),
            f -> getTranslation(f.messageKey()),
            filter.field());
    Select<Optional<UnitKind>> kind =
        select(
            getTranslation("initiatives.filter.unit-kind"),
            Arrays.asList(UnitKind.values()),
            k -> getTranslation(k.messageKey()),
            filter.unitKind());
    Select<Optional<Integer>> year =
        select(
            getTranslation("initiatives.filter.year"),
            StaleContent.unwrap(initiatives.years()),
            String::valueOf,
            filter.year());
    Runnable apply =
        () -> {
          Map<String, String> q = new LinkedHashMap<>();
          field.getValue().ifPresent(f -> q.put(FIELD, f.apiValue()));
          kind.getValue().ifPresent(k -> q.put(UNIT_KIND, k.apiValue()));
          year.getValue().ifPresent(y -> q.put(YEAR, String.valueOf(y)));
          getUI().ifPresent(ui -> ui.navigate(Routes.INITIATIVES, QueryParameters.simple(q)));
        };
    field.addValueChangeListener(
        e -> {
          if (e.isFromClient()) apply.run();
        });
    kind.addValueChangeListener(
        e -> {
          if (e.isFromClient()) apply.run();
        });
    year.addValueChangeListener(
        e -> {
          if (e.isFromClient()) apply.run();
        });
    bar.add(field, kind, year);
    return bar;
  }

  private <T> Select<Optional<T>> select(
      String label, List<T> values, Function<T, String> caption, @Nullable T current) {
    Select<Optional<T>> select = new Select<>();
    select.setLabel(label);
    List<Optional<T>> items = new ArrayList<>();
    items.add(Optional.empty());
    values.forEach(v -> items.add(Optional.of(v)));
    select.setItems(items);
    select.setItemLabelGenerator(
        o -> o.map(caption).orElse(getTranslation("initiatives.filter.all")));
    select.setValue(Optional.ofNullable(current));
    return select;
  }

  private Nav pager(Filter filter, StrapiPage.Pagination p) {
    Nav nav = new Nav();
    nav.addClassName("portal-pager");
    nav.getElement().setAttribute("aria-label", getTranslation("stories.pages"));
    if (p.pageCount() <= 1) {
      return nav;
    }
    if (p.page() > 1) {
      nav.add(Content.link(href(filter, p.page() - 1), getTranslation("stories.previous")));
    }
    nav.add(new Span(getTranslation("stories.page-of", p.page(), p.pageCount())));
    if (p.page() < p.pageCount()) {
      nav.add(Content.link(href(filter, p.page() + 1), getTranslation("stories.next")));
    }
    return nav;
  }

  private static String href(Filter filter, int page) {
    Map<String, String> q = new LinkedHashMap<>();
    if (filter.field() != null) {
      q.put(FIELD, filter.field().apiValue());
    }
    if (filter.unitKind() != null) {
      q.put(UNIT_KIND, filter.unitKind().apiValue());
    }
    if (filter.year() != null) {
      q.put(YEAR, String.valueOf(filter.year()));
    }
    q.put(PAGE, String.valueOf(page));
    return Routes.INITIATIVES + "?" + QueryParameters.simple(q).getQueryString();
  }

  private static String shorten(String text) {
    return text.length() <= 240 ? text : text.substring(0, 237).strip() + "…";
  }

  private static <E extends Enum<E>> Optional<E> parse(E[] values, String apiValue) {
    return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(apiValue)).findFirst();
  }

  private static Optional<Integer> number(String value) {
    try {
      return Optional.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("initiatives.title");
  }
}
