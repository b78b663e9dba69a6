package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.Nullable;

/** An office, organisation, enterprise or person taking part in the movement. */
public record Unit(
    long id,
    String documentId,
    String name,
    @Nullable String slug,
    @Nullable UnitKind kind,
    @Nullable String category,
    @Nullable String contactName,
    @Nullable String contactEmail,
    @Nullable String contactPhone,
    @Nullable String address) {}
