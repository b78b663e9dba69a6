package vn.thidua.indexer.pipeline;

import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.indexing.EntryFields;
import vn.thidua.indexer.strapi.ContentModel;
import vn.thidua.indexer.strapi.StrapiEntry;

/**
 * Turns a Strapi entry into the fields of its documents, and states the visibility rule: report
 * files are public once the report is accepted and restricted to staff and the unit before that;
 * published initiatives, stories and the campaign are public.
 */
final class EntryMapper {

  private EntryMapper() {}

  static Visibility visibility(StrapiEntry entry) {
    if (entry.model() == ContentModel.REPORT) {
      return "accepted".equals(entry.status()) ? Visibility.PUBLIC : Visibility.RESTRICTED;
    }
    return Visibility.PUBLIC;
  }

  static EntryFields fields(StrapiEntry entry) {
    var unit = entry.unit();
    return new EntryFields(
        entry.model().kind(),
        entry.model().singular(),
        entry.documentId(),
        entry.title().isBlank() ? defaultTitle(entry.model()) : entry.title(),
        unit == null ? null : unit.name(),
        unit == null ? null : unit.documentId(),
        unit == null ? null : unit.kind(),
        entry.year(),
        entry.stage(),
        entry.field(),
        entry.criteria(),
        entry.slug(),
        visibility(entry));
  }

  private static String defaultTitle(ContentModel model) {
    return switch (model) {
      case REPORT -> "Báo cáo";
      case INITIATIVE -> "Sáng kiến";
      case STORY -> "Câu chuyện";
      case CAMPAIGN -> "Kế hoạch";
    };
  }
}
