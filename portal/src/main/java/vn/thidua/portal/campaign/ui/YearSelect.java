package vn.thidua.portal.campaign.ui;

import com.vaadin.flow.component.select.Select;
import vn.thidua.portal.campaign.CampaignYears;

/**
 * A year of the campaign (2026–2030 by the plan), starting on the current campaign year. Used by
 * the compliance board, the exports, the editor's list of accepted reports and the initiatives
 * review.
 */
public class YearSelect extends Select<Integer> {

  public YearSelect(CampaignYears years, String label) {
    setLabel(label);
    setItems(years.all());
    setItemLabelGenerator(String::valueOf);
    setValue(years.current());
    setEmptySelectionAllowed(false);
  }

  /** The year chosen (never empty: the current campaign year until someone picks another). */
  public int year() {
    Integer value = getValue();
    return value == null ? getListDataView().getItem(0) : value;
  }
}
