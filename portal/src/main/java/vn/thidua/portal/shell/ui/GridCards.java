package vn.thidua.portal.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A staff grid that shows one readable card per row on a phone instead of columns the reader would
 * have to scroll sideways through: the grid gets one more column, the card, shown only while the
 * window is narrower than {@link #NARROW} CSS pixels (the stylesheet's phone breakpoint, 40rem);
 * its other columns are hidden meanwhile and come back on a wider window. The card says each value
 * with its column's name ({@link Card}), so nothing depends on a header the reader cannot see.
 *
 * <p>The switch follows the browser's window (its width on attach, then each resize), so a phone
 * turned sideways gets the columns back when they fit.
 */
public final class GridCards<T> {

  /** Below this window width, in CSS pixels, the grid shows cards (40rem at 16 px). */
  public static final int NARROW = 640;

  private final Grid<T> grid;
  private final Grid.Column<T> cards;
  private final List<Grid.Column<T>> columns;
  private final boolean wrapsAnyway;
  private @Nullable Registration resize;
  private boolean narrow;

  private GridCards(Grid<T> grid, String header, SerializableFunction<T, Component> card) {
    this.grid = grid;
    this.columns = new ArrayList<>(grid.getColumns());
    this.wrapsAnyway = grid.getThemeNames().contains("wrap-cell-content");
    // Built only while shown: a hidden column's components would still be made for every row.
    this.cards =
        grid.addComponentColumn(item -> narrow ? card.apply(item) : new Span()).setHeader(header);
    cards.setVisible(false);
    cards.setKey("phone-card");
    grid.addAttachListener(
        e -> {
          UI ui = e.getUI();
          ui.getPage().retrieveExtendedClientDetails(d -> show(d.getWindowInnerWidth() < NARROW));
          resize = ui.getPage().addBrowserWindowResizeListener(r -> show(r.getWidth() < NARROW));
        });
    grid.addDetachListener(
        e -> {
          if (resize != null) {
            resize.remove();
            resize = null;
          }
        });
  }

  /**
   * Gives {@code grid} a card column for phones, headed {@code header}, each card built by {@code
   * card}. Call it once the grid's own columns are added.
   */
  public static <T> GridCards<T> on(
      Grid<T> grid, String header, SerializableFunction<T, Component> card) {
    return new GridCards<>(grid, header, card);
  }

  /** Whether the grid shows cards now (the window is a phone's). */
  public boolean isNarrow() {
    return narrow;
  }

  void show(boolean narrow) {
    if (narrow == this.narrow && cards.isVisible() == narrow) {
      return;
    }
    this.narrow = narrow;
    cards.setVisible(narrow);
    columns.forEach(c -> c.setVisible(!narrow));
    if (narrow) {
      grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    } else if (!wrapsAnyway) {
      grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
    grid.getDataProvider().refreshAll();
  }

  /**
   * One row as a card: a title (the row's main name, often a link), then a line per value with its
   * name, then any actions. Blank values are left out rather than shown as an empty line.
   */
  public static final class Card extends Div {

    public Card(Component title) {
      addClassName("portal-grid-card");
      title.getElement().getClassList().add("portal-grid-card-title");
      add(title);
    }

    public Card(String title) {
      this(new Span(title));
    }

    /** A line "name: value", unless the value is blank. */
    public Card line(String name, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        Span label = new Span(name + ": ");
        label.addClassName("portal-grid-card-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("portal-grid-card-line");
        add(line);
      }
      return this;
    }

    /** A line "name: component" (a link, a status badge). */
    public Card line(String name, Component value) {
      Span label = new Span(name + ": ");
      label.addClassName("portal-grid-card-label");
      Div line = new Div(label, value);
      line.addClassName("portal-grid-card-line");
      add(line);
      return this;
    }

    /** Buttons or links acting on the row, below its values. */
    public Card actions(Component... actions) {
      Div row = new Div(actions);
      row.addClassName("portal-grid-card-actions");
      add(row);
      return this;
    }
  }
}
