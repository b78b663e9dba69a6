package vn.thidua.portal.shell;

/**
 * The route of every page: Vietnamese, lower case, words joined by hyphens. Views use these in
 * {@code @Route}; links use them so no package depends on another's views.
 */
public final class Routes {

  public static final String HOME = "";
  public static final String CAMPAIGN = "ke-hoach";
  public static final String STORIES = "tin-bai";

  /** A story: {@code tin-bai/:slug}. */
  public static final String STORY = "tin-bai/:slug";

  public static final String INITIATIVES = "sang-kien";

  /** An initiative: {@code sang-kien/:slug}. */
  public static final String INITIATIVE = "sang-kien/:slug";

  public static final String AWARDS = "khen-thuong";
  public static final String PROGRESS = "tien-do";

  /** Search; the query is {@code ?q=}. */
  public static final String SEARCH = "tim-kiem";

  public static final String LOGIN = "dang-nhap";
  public static final String NOT_FOUND = "khong-tim-thay";

  /** The signed-in user's workspace (issue 6 fills it per role). */
  public static final String WORKSPACE = "lam-viec";

  /** A unit's workspace: its report of the year, files, initiatives. */
  public static final String WORKSPACE_UNIT = "lam-viec/don-vi";

  /** A unit's initiatives: registration, evidence, self-assessment. */
  public static final String WORKSPACE_UNIT_INITIATIVES = "lam-viec/don-vi/sang-kien";

  /** A unit's emulation registration of the year (đăng ký thi đua). */
  public static final String WORKSPACE_UNIT_REGISTRATION = "lam-viec/don-vi/dang-ky-thi-dua";

  /** The reviewer's compliance board. */
  public static final String WORKSPACE_REVIEW = "lam-viec/tham-dinh";

  /** One report under review: {@code lam-viec/tham-dinh/:documentId}. */
  public static final String WORKSPACE_REVIEW_REPORT = "lam-viec/tham-dinh/:documentId";

  /** The editor's desk: drafts, and initiatives to write up. */
  public static final String WORKSPACE_EDITOR = "lam-viec/bien-tap";

  /** The query parameter of the editor's desk that opens a story draft. */
  public static final String EDITOR_STORY_PARAMETER = "tin-bai";

  /** The council's award proposals and decisions. */
  public static final String WORKSPACE_COUNCIL = "lam-viec/hoi-dong";

  /** An office's scoring of the units registered in a year (chấm điểm, issue 12). */
  public static final String WORKSPACE_SCORING = "lam-viec/cham-diem";

  /**
   * Totals, ranking by kind of unit and eligibility of a year, for both offices and the council.
   */
  public static final String WORKSPACE_RANKING = "lam-viec/xep-hang";

  /** Staff review of the initiatives units registered: by status, then verify, recognise... */
  public static final String WORKSPACE_INITIATIVES = "lam-viec/sang-kien";

  /** One initiative under review: {@code lam-viec/sang-kien/:documentId}. */
  public static final String WORKSPACE_INITIATIVE = "lam-viec/sang-kien/:documentId";

  /** Staff: the movement's figures, confirmed from the reports, by indicator, unit kind, year. */
  public static final String WORKSPACE_FIGURES = "lam-viec/so-lieu";

  /** The notices' outbox for administrators and the reviewer: sent, pending, failed, retry. */
  public static final String WORKSPACE_OUTBOX = "lam-viec/hop-thu-di";

  /** Achievement records for staff (a unit: its own); the unit is {@link #UNIT_PARAMETER}. */
  public static final String WORKSPACE_RECORDS = "lam-viec/ho-so";

  /** The query parameter of a unit's documentId on the records page. */
  public static final String UNIT_PARAMETER = "don-vi";

  /** A unit's public achievement record: {@code ho-so/:slug}. */
  public static final String RECORD = "ho-so/:slug";

  /** A person's public achievement record (1.4): {@code ho-so/ca-nhan/:documentId}. */
  public static final String PERSON_RECORD = "ho-so/ca-nhan/:" + "documentId";

  /** The query parameter of a person's documentId on the records page. */
  public static final String PERSON_PARAMETER = "ca-nhan";

  /** The route parameter of a workspace entry. */
  public static final String DOCUMENT_ID = "documentId";

  /** The route parameter of a story or an initiative. */
  public static final String SLUG = "slug";

  private Routes() {}

  /** The path of a person's public achievement record, for links. */
  public static String personRecord(String documentId) {
    return "ho-so/ca-nhan/" + documentId;
  }

  /** The path of a story, for links. */
  public static String story(String slug) {
    return STORIES + "/" + slug;
  }

  /** The path of a report under review, for links. */
  public static String reviewReport(String documentId) {
    return "lam-viec/tham-dinh/" + documentId;
  }

  /** The path of an initiative under staff review, for links. */
  public static String reviewInitiative(String documentId) {
    return "lam-viec/sang-kien/" + documentId;
  }

  /** The path of a unit's public record, for links. */
  public static String record(String slug) {
    return "ho-so/" + slug;
  }

  /** The honours page at one award (its list item's id), for links. */
  public static String award(String documentId) {
    return AWARDS + "#" + awardAnchor(documentId);
  }

  /** The id of an award's item on the honours page. */
  public static String awardAnchor(String documentId) {
    return "award-" + documentId;
  }

  /** The path of an initiative, for links. */
  public static String initiative(String slug) {
    return INITIATIVES + "/" + slug;
  }
}
