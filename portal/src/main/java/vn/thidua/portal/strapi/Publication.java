package vn.thidua.portal.strapi;

/**
 * Whether a write stays a draft or publishes. Strapi 5 publishes every {@code POST} and {@code PUT}
 * sent without {@code ?status=draft}, so the caller must choose.
 */
public enum Publication {
  DRAFT,
  PUBLISHED
}
