package vn.thidua.indexer.strapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Strapi content types the indexer reads, with their REST names and media fields. */
public enum ContentModel {
  REPORT("report", "reports", "report", "files", List.of("unit")),
  INITIATIVE("initiative", "initiatives", "initiative", "evidence", List.of("unit", "criteria")),
  STORY("story", "stories", "story", "", List.of("units")),
  CAMPAIGN("campaign", "campaigns", "plan", "attachments", List.of());

  private final String singular;
  private final String plural;
  private final String kind;
  private final String mediaField;
  private final List<String> relations;

  ContentModel(
      String singular, String plural, String kind, String mediaField, List<String> relations) {
    this.singular = singular;
    this.plural = plural;
    this.kind = kind;
    this.mediaField = mediaField;
    this.relations = relations;
  }

  /** The model name in webhook payloads ({@code "model":"report"}). */
  public String singular() {
    return singular;
  }

  /** The REST collection ({@code /api/reports}). */
  public String plural() {
    return plural;
  }

  /** The kind of search hit its documents are: report, initiative, story or plan. */
  public String kind() {
    return kind;
  }

  /** The media field holding its files, empty when it has none. */
  public String mediaField() {
    return mediaField;
  }

  /** Whether the entry itself has text to index (a report is only its files). */
  public boolean hasOwnText() {
    return this != REPORT;
  }

  /** Whether the type has draft and publish; reads ask for published entries only. */
  public boolean draftAndPublish() {
    return this != REPORT;
  }

  List<String> relations() {
    return relations;
  }

  /** The model of a webhook's {@code model} field. */
  public static Optional<ContentModel> fromSingular(String name) {
    return Arrays.stream(values()).filter(m -> m.singular.equals(name)).findFirst();
  }
}
