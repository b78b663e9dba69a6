package vn.thidua.indexer.strapi;

import org.jspecify.annotations.Nullable;

/**
 * A criterion of the movement as Strapi holds it.
 *
 * @param code its stable key, e.g. {@code 1.1.a}
 * @param unitKind the kind of unit it applies to ({@code co_quan}, {@code doanh_nghiep}, …)
 */
public record StrapiCriterion(
    String code, String title, String description, @Nullable String unitKind) {}
