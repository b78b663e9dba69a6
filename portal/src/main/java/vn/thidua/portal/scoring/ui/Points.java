package vn.thidua.portal.scoring.ui;

import java.math.BigDecimal;

/** Points as a person reads them: 12.5 stays 12.5, 30.0 becomes 30. */
final class Points {

  private Points() {}

  static String format(double points) {
    return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
  }
}
