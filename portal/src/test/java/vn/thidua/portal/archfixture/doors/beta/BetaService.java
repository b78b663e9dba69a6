package vn.thidua.portal.archfixture.doors.beta;

import org.springframework.stereotype.Service;

/** The door of the fixture module {@code beta}. */
@Service
public class BetaService {
  public String greeting() {
    return "beta";
  }
}
