package vn.thidua.portal.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridCardsTest {

  record Unit(String name, String status) {}

  private static Grid<Unit> grid() {
    Grid<Unit> grid = new Grid<>();
    grid.addColumn(Unit::name).setHeader("Đơn vị");
    grid.addColumn(Unit::status).setHeader("Trạng thái");
    grid.setItems(List.of(new Unit("Trạm Y tế xã", "Đã tiếp nhận")));
    return grid;
  }

  private static List<Boolean> visible(Grid<Unit> grid) {
    return grid.getColumns().stream().map(Grid.Column::isVisible).toList();
  }

  @Test
  void on_a_phone_only_the_card_shows_and_on_a_wide_screen_only_the_columns() {
    Grid<Unit> grid = grid();
    GridCards<Unit> cards =
        GridCards.on(
            grid, "Đơn vị", u -> new GridCards.Card(u.name()).line("Trạng thái", u.status()));
    assertThat(visible(grid))
        .as("columns until the window is known")
        .containsExactly(true, true, false);

    cards.show(true);
    assertThat(cards.isNarrow()).isTrue();
    assertThat(visible(grid)).containsExactly(false, false, true);
    assertThat(grid.getThemeNames()).contains("wrap-cell-content");

    cards.show(false);
    assertThat(visible(grid)).containsExactly(true, true, false);
    assertThat(grid.getThemeNames()).doesNotContain("wrap-cell-content");
  }

  @Test
  void a_grid_that_wraps_its_cells_anyway_keeps_wrapping_on_a_wide_screen() {
    Grid<Unit> grid = grid();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    GridCards<Unit> cards = GridCards.on(grid, "Đơn vị", u -> new GridCards.Card(u.name()));
    cards.show(true);
    cards.show(false);
    assertThat(grid.getThemeNames()).contains("wrap-cell-content");
  }

  @Test
  void a_card_leaves_out_blank_values_and_names_the_others() {
    GridCards.Card card =
        new GridCards.Card("Trạm Y tế xã")
            .line("Số trang", (String) null)
            .line("Trạng thái", "Đã nộp");
    assertThat(card.getElement().getChildCount()).isEqualTo(2);
    assertThat(card.getElement().getChild(1).getTextRecursively()).isEqualTo("Trạng thái: Đã nộp");
  }
}
