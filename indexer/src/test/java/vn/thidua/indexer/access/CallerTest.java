package vn.thidua.indexer.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void the_anonymous_public_sees_public_documents_only() {
    Caller anonymous = Caller.fromHeaders(null, "unit-a");

    assertThat(anonymous.maySee(Visibility.PUBLIC, "unit-a")).isTrue();
    assertThat(anonymous.maySee(Visibility.RESTRICTED, "unit-a")).isFalse();
  }

  @Test
  void an_unknown_role_counts_as_anonymous() {
    assertThat(Caller.fromHeaders("superuser", null).role()).isEqualTo(Role.ANONYMOUS);
    assertThat(Caller.fromHeaders("superuser", null).maySee(Visibility.RESTRICTED, null)).isFalse();
  }

  @Test
  void a_unit_sees_its_own_restricted_documents_and_not_another_units() {
    Caller unit = Caller.fromHeaders("unit", "unit-a");

    assertThat(unit.maySee(Visibility.RESTRICTED, "unit-a")).isTrue();
    assertThat(unit.maySee(Visibility.RESTRICTED, "unit-b")).isFalse();
    assertThat(unit.maySee(Visibility.RESTRICTED, null)).isFalse();
    assertThat(Caller.fromHeaders("unit", null).maySee(Visibility.RESTRICTED, null)).isFalse();
  }

  @Test
  void reviewing_staff_see_everything() {
    for (String role : new String[] {"reviewer", "council", "admin", "ADMIN"}) {
      assertThat(Caller.fromHeaders(role, null).maySee(Visibility.RESTRICTED, "unit-b"))
          .as(role)
          .isTrue();
    }
  }

  @Test
  void an_editor_sees_what_the_public_sees_not_reports_under_review() {
    Caller editor = Caller.fromHeaders("editor", null);

    assertThat(editor.maySee(Visibility.PUBLIC, "unit-b")).isTrue();
    assertThat(editor.maySee(Visibility.RESTRICTED, "unit-b")).isFalse();
  }

  @Test
  void secrets_match_only_when_equal_and_set() {
    assertThat(Secrets.matches("s3cret", "s3cret")).isTrue();
    assertThat(Secrets.matches("s3cret", "other")).isFalse();
    assertThat(Secrets.matches(null, "s3cret")).isFalse();
    assertThat(Secrets.matches("", "")).isFalse();
  }
}
