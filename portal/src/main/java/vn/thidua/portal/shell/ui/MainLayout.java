package vn.thidua.portal.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.LanguageSwitch;
import vn.thidua.portal.shell.Languages;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.SiteInfo;
import vn.thidua.portal.shell.StaleContent;

/**
 * The frame of every page: a skip link, the movement's name, the navigation, the search box, the
 * language switch and the account links; the notice when content comes from the cache; the page
 * itself in {@code <main>}; the footer. Links are plain anchors to route names (see {@link
 * Routes}), so the layout depends on no feature's views.
 *
 * <p>On a phone (portal.css, below 40rem) the search box, the tools and the navigation fold behind
 * a menu button, so the page's own content starts within the first screen. The button is a
 * disclosure: {@code aria-expanded} says whether the menu is open, Escape closes it and gives the
 * focus back to the button, and any navigation closes it. On a wider screen the button is hidden
 * and everything shows whatever its state.
 */
@AnonymousAllowed
public class MainLayout extends Div
    implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver {

  private final Main main = new Main();
  private final Div notice = new Div();
  private final List<Anchor> navLinks = new ArrayList<>();
  private final Clock clock;
  private final Button menuButton = new Button();
  private @Nullable Registration staleListener;
  private @Nullable ShortcutRegistration escapeCloses;

  public MainLayout(SiteInfo site, CurrentUser currentUser, Clock clock) {
    this.clock = clock;
    addClassName("portal");

    Anchor skip = new Anchor("#main", getTranslation("shell.skip-to-content"));
    skip.addClassName("portal-skip");

    Anchor brand = link(Routes.HOME, site.movementShortName(getLocale()));
    brand.addClassName("portal-brand");
    brand.getElement().setAttribute("title", site.movementName(getLocale()));
    Span kicker = new Span(getTranslation("shell.kicker"));
    kicker.addClassName("portal-kicker");
    Div brandBlock = new Div(kicker, brand);
    brandBlock.addClassName("portal-brand-block");

    Component search = searchBox();
    Div tools = tools(currentUser);
    Header header = new Header(brandBlock, menuButton(), search, tools);
    header.addClassName("portal-header");

    Nav nav = new Nav();
    nav.setId("portal-nav");
    nav.addClassName("portal-nav");
    nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
    addNav(nav, Routes.HOME, "shell.nav.home");
    addNav(nav, Routes.CAMPAIGN, "shell.nav.campaign");
    addNav(nav, Routes.STORIES, "shell.nav.stories");
    addNav(nav, Routes.INITIATIVES, "shell.nav.initiatives");
    addNav(nav, Routes.AWARDS, "shell.nav.awards");
    addNav(nav, Routes.PROGRESS, "shell.nav.progress");
    addNav(nav, Routes.SEARCH, "shell.nav.search");

    notice.addClassName("portal-notice");
    notice.getElement().setAttribute("role", "status");
    notice.setVisible(false);

    main.setId("main");
    main.addClassName("portal-main");
    main.getElement().setAttribute("tabindex", "-1");

    Footer footer =
        new Footer(
            new Paragraph(site.movementName(getLocale())),
            new Paragraph(getTranslation("shell.footer")));
    footer.addClassName("portal-footer");

    add(skip, header, nav, notice, main, footer);
  }

  /** The phone's menu button; hidden by portal.css on wider screens. */
  private Button menuButton() {
    menuButton.setText(getTranslation("shell.menu"));
    menuButton.setIcon(VaadinIcon.MENU.create());
    menuButton.setId("portal-menu-button");
    menuButton.addClassName("portal-menu-button");
    menuButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    menuButton.getElement().setAttribute("aria-controls", "portal-search portal-tools portal-nav");
    menuButton.getElement().setAttribute("aria-expanded", "false");
    menuButton.addClickListener(e -> setMenuOpen(!isMenuOpen()));
    return menuButton;
  }

  boolean isMenuOpen() {
    return hasClassName("portal-menu-open");
  }

  void setMenuOpen(boolean open) {
    setClassName("portal-menu-open", open);
    menuButton.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    if (open && escapeCloses == null) {
      // Only while the menu is open, so Escape costs no round trip otherwise.
      escapeCloses =
          Shortcuts.addShortcutListener(
                  this,
                  () -> {
                    setMenuOpen(false);
                    menuButton.focus();
                  },
                  Key.ESCAPE)
              .listenOn(this);
    } else if (!open && escapeCloses != null) {
      escapeCloses.remove();
      escapeCloses = null;
    }
  }

  /**
   * A plain HTML form ({@code GET tim-kiem?q=...}): it works before the page's script has loaded,
   * the browser submits it on Enter, the result has its own address, and it costs the server no
   * component state on every page.
   */
  private Component searchBox() {
    Element input = new Element("input");
    input.setAttribute("type", "search");
    input.setAttribute("name", "q");
    input.setAttribute("required", true);
    input.setAttribute("placeholder", getTranslation("shell.search.placeholder"));
    input.setAttribute("aria-label", getTranslation("shell.search.label"));
    input.setAttribute("class", "portal-search-input");
    Element submit = new Element("button");
    submit.setAttribute("type", "submit");
    submit.setAttribute("class", "portal-search-submit");
    submit.setText(getTranslation("shell.search.submit"));
    Element form = new Element("form");
    form.setAttribute("action", Routes.SEARCH);
    form.setAttribute("method", "get");
    form.setAttribute("role", "search");
    form.setAttribute("class", "portal-search-form");
    form.appendChild(input, submit);
    Div box = new Div();
    box.setId("portal-search");
    box.addClassName("portal-search");
    box.getElement().appendChild(form);
    return box;
  }

  private Div tools(CurrentUser currentUser) {
    Div tools = new Div();
    tools.setId("portal-tools");
    tools.addClassName("portal-tools");
    boolean english = Languages.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    Button language =
        new Button(
            getTranslation("shell.language.other"),
            e -> LanguageSwitch.switchTo(english ? Languages.VIETNAMESE : Languages.ENGLISH));
    language.getElement().setAttribute("lang", english ? "vi" : "en");
    language.setAriaLabel(getTranslation("shell.language.switch"));
    language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    tools.add(language);

    currentUser
        .get()
        .ifPresentOrElse(
            (PortalUser user) -> {
              Anchor workspace = link(Routes.WORKSPACE, getTranslation("shell.workspace"));
              workspace.getElement().setAttribute("title", user.fullName());
              Button signOut =
                  new Button(getTranslation("shell.sign-out"), e -> currentUser.signOut());
              signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
              tools.add(workspace, signOut);
            },
            () -> tools.add(link(Routes.LOGIN, getTranslation("shell.sign-in"))));
    return tools;
  }

  private void addNav(Nav nav, String route, String key) {
    Anchor a = link(route, getTranslation(key));
    a.getElement().setProperty("portalRoute", route);
    navLinks.add(a);
    nav.add(a);
  }

  /** An anchor the router follows without reloading the page. */
  private static Anchor link(String route, String text) {
    Anchor a = new Anchor(route.isEmpty() ? "." : route, text);
    a.getElement().setAttribute("router-link", true);
    return a;
  }

  @Override
  public void showRouterLayoutContent(HasElement content) {
    main.removeAll();
    main.getElement().appendChild(content.getElement());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    StaleContent.clear(event.getUI());
    notice.setVisible(false);
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    setMenuOpen(false);
    String first = event.getLocation().getFirstSegment();
    for (Anchor a : navLinks) {
      String route = a.getElement().getProperty("portalRoute", "");
      boolean current = Objects.equals(route, first);
      if (current) {
        a.getElement().setAttribute("aria-current", "page");
      } else {
        a.getElement().removeAttribute("aria-current");
      }
    }
    getUI().flatMap(StaleContent::since).ifPresent(this::showNotice);
  }

  private void showNotice(java.time.Instant since) {
    notice.setText(getTranslation("shell.stale", Dates.format(since, clock.getZone())));
    notice.setVisible(true);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    staleListener =
        ComponentUtil.addListener(
            event.getUI(), StaleContent.Raised.class, raised -> showNotice(raised.since()));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (staleListener != null) {
      staleListener.remove();
    }
  }
}
