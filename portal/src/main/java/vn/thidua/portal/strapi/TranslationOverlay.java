package vn.thidua.portal.strapi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays a translation over the default-locale entry, field by field: a field the translation fills
 * replaces the Vietnamese one, and a field it leaves empty (null, blank text, empty list, or the
 * translation missing altogether) keeps the Vietnamese text. The entry's identity (id, documentId,
 * slug, dates) is always the default locale's, so links and caches do not depend on the language.
 */
final class TranslationOverlay {

  // Strapi's own bookkeeping: it differs between the locales of one document and says nothing a
  // reader should see translated.
  private static final Set<String> IDENTITY =
      Set.of(
          "id", "documentId", "locale", "localizations", "createdAt", "updatedAt", "publishedAt");

  private TranslationOverlay() {}

  /** One entry (or component, or value) with its translation laid over it. */
  static JsonNode overlay(JsonNode original, @Nullable JsonNode translation) {
    if (isEmpty(translation)) {
      return original;
    }
    if (original instanceof ObjectNode object && translation instanceof ObjectNode translated) {
      ObjectNode result = object.deepCopy();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (!IDENTITY.contains(field.getKey())) {
          result.set(field.getKey(), overlay(field.getValue(), translated.get(field.getKey())));
        }
      }
      return result;
    }
    if (original instanceof ArrayNode list && translation instanceof ArrayNode translated) {
      if (list.size() != translated.size()) {
        // The translator made a list of its own (more or fewer phases, say): take it whole.
        return translated;
      }
      ArrayNode result = list.arrayNode();
      for (int i = 0; i < list.size(); i++) {
        result.add(overlay(list.get(i), translated.get(i)));
      }
      return result;
    }
    return translation;
  }

  /**
   * A page of default-locale entries ({@code data} a list) with each entry's translation, matched
   * by documentId, laid over it; entries without a translation stay as they are.
   */
  static JsonNode overlayPage(JsonNode page, JsonNode translations) {
    Map<String, JsonNode> byDocument = new HashMap<>();
    for (JsonNode entry : translations.path("data")) {
      byDocument.put(entry.path("documentId").asString(""), entry);
    }
    if (!(page instanceof ObjectNode object) || !page.path("data").isArray()) {
      return page;
    }
    ArrayNode data = object.arrayNode();
    for (JsonNode entry : page.path("data")) {
      data.add(overlay(entry, byDocument.get(entry.path("documentId").asString(""))));
    }
    ObjectNode result = object.deepCopy();
    result.set("data", data);
    return result;
  }

  private static boolean isEmpty(@Nullable JsonNode value) {
    return value == null
        || value.isNull()
        || value.isMissingNode()
        || (value.isString() && value.asString().isBlank())
        || (value.isArray() && value.isEmpty());
  }
}
