package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.Nullable;

/** A column (chuyên mục) grouping stories. */
public record Column(
    long id,
    String documentId,
    String name,
    String slug,
    @Nullable String description,
    @Nullable Integer order) {}
