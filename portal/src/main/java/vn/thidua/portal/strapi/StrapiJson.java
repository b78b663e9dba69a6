package vn.thidua.portal.strapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.thidua.portal.strapi.model.RichText;

/** The JSON mapping of Strapi's answers: lenient where the content model may still grow. */
final class StrapiJson {

  private StrapiJson() {}

  static JsonMapper mapper() {
    SimpleModule richText =
        new SimpleModule("strapi-rich-text")
            .addDeserializer(RichText.class, new RichTextDeserializer())
            .addSerializer(RichText.class, new RichTextSerializer());
    return JsonMapper.builder()
        // A field added to the content model must not break the portal.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // A media field may be single or multiple depending on the schema.
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        // Writes send only what the caller set, so an update leaves other fields alone.
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .addModule(richText)
        .build();
  }

  /**
   * Reads rich text whatever shape Strapi keeps it in: a string (Markdown or HTML), a list of
   * paragraphs, or Strapi's blocks (their text, paragraph by paragraph).
   */
  static final class RichTextDeserializer extends ValueDeserializer<RichText> {
    @Override
    public RichText deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      JsonNode node = ctxt.readTree(p);
      return new RichText(text(node));
    }

    private static String text(JsonNode node) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return "";
      }
      if (node.isString() || node.isNumber() || node.isBoolean()) {
        return node.asString();
      }
      if (node.isArray()) {
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode child : node) {
          String t = text(child);
          if (!t.isBlank()) {
            paragraphs.add(t);
          }
        }
        return String.join("\n\n", paragraphs);
      }
      if (node.has("text")) {
        return node.get("text").asString();
      }
      if (node.has("children")) {
        StringBuilder inline = new StringBuilder();
        for (JsonNode child : node.get("children")) {
          inline.append(child.has("children") ? text(child) : child.path("text").asString(""));
        }
        return inline.toString();
      }
      return "";
    }
  }

  static final class RichTextSerializer extends ValueSerializer<RichText> {
    @Override
    public void serialize(RichText value, JsonGenerator gen, SerializationContext ctxt)
        throws JacksonException {
      gen.writeString(value.source());
    }
  }
}
