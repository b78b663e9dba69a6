package vn.thidua.portal.archfixture.cycle.a;

import vn.thidua.portal.archfixture.cycle.b.B;

/** A deliberate violation for {@code ArchitectureTest}: one half of a cycle. */
public class A {
  public B b() {
    return new B();
  }
}
