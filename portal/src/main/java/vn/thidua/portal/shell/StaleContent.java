package vn.thidua.portal.shell;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.Optional;
import vn.thidua.portal.strapi.Cached;

/**
 * Tells the layout that the page shows content from the cache because Strapi is down; the layout
 * shows a notice with the time of that content. A view unwraps every public read through {@link
 * #unwrap(Cached)}.
 */
public final class StaleContent {

  private static final String KEY = StaleContent.class.getName();

  private StaleContent() {}

  /** The value; when it is stale, the current page's notice is raised. */
  public static <T> T unwrap(Cached<T> cached) {
    if (cached.stale()) {
      mark(cached.fetchedAt());
    }
    return cached.value();
  }

  /** Raises the notice on the current UI. */
  public static void mark(Instant fetchedAt) {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    Instant earliest = since(ui).filter(i -> i.isBefore(fetchedAt)).orElse(fetchedAt);
    ComponentUtil.setData(ui, KEY, earliest);
    ComponentUtil.fireEvent(ui, new Raised(ui, earliest));
  }

  /** When the oldest cached content on the page was fetched, if any is stale. */
  public static Optional<Instant> since(UI ui) {
    return Optional.ofNullable((Instant) ComponentUtil.getData(ui, KEY));
  }

  /** Lowers the notice; the layout does this before each navigation. */
  public static void clear(UI ui) {
    ComponentUtil.setData(ui, KEY, null);
  }

  /** Fired on the UI when a view finds its content stale. */
  public static final class Raised extends ComponentEvent<UI> {
    private final Instant since;

    Raised(UI ui, Instant since) {
      super(ui, false);
      this.since = since;
    }

    public Instant since() {
      return since;
    }
  }
}
