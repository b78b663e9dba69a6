package vn.thidua.indexer.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.thidua.indexer.strapi.StrapiEntry;
import vn.thidua.indexer.strapi.StrapiFile;

/** A hash of everything the index takes from an entry, to notice any change cheaply. */
public final class EntryFingerprint {

  private EntryFingerprint() {}

  /** The fingerprint of the entry as Strapi gives it now. */
  public static String of(StrapiEntry entry) {
    StringBuilder all = new StringBuilder();
    all.append(EntryMapper.fields(entry)).append('\u0000').append(entry.text()).append('\u0000');
    for (StrapiFile file : entry.files()) {
      all.append(file.id()).append('|').append(file.hash()).append('|').append(file.url());
      all.append('|').append(file.name()).append('\u0000');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
