package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.Nullable;

/** A criterion of the plan (III.1) that initiatives and self-assessments point at. */
public record Criterion(
    long id,
    String documentId,
    @Nullable String code,
    @Nullable UnitKind unitKind,
    @Nullable CriterionArea area,
    String title,
    @Nullable RichText description,
    @Nullable Double weight,
    @Nullable OwningOffice owningOffice,
    @Nullable Integer order) {}
