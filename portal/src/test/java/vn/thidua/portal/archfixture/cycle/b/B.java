package vn.thidua.portal.archfixture.cycle.b;

import vn.thidua.portal.archfixture.cycle.a.A;

/** A deliberate violation for {@code ArchitectureTest}: the other half of a cycle. */
public class B {
  public A a() {
    return new A();
  }
}
