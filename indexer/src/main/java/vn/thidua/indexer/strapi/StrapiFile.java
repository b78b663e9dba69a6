package vn.thidua.indexer.strapi;

/**
 * A media file attached to an entry.
 *
 * @param id Strapi's id of the file, stable while the file exists
 * @param name the name the uploader gave it
 * @param mime the type Strapi recorded (a hint; extraction detects the real one)
 * @param sizeBytes size in bytes (Strapi reports kilobytes)
 * @param hash Strapi's hash of the stored file; it changes when the file is replaced
 * @param url where to download it, relative to Strapi's URL
 */
public record StrapiFile(
    String id, String name, String mime, long sizeBytes, String hash, String url) {}
