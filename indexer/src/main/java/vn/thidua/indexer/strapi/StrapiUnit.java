package vn.thidua.indexer.strapi;

import org.jspecify.annotations.Nullable;

/** A unit (đơn vị) as a relation of an entry. */
public record StrapiUnit(String documentId, String name, @Nullable String kind) {}
