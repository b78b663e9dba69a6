package vn.thidua.portal.dossier;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.portal.dossier.Dossier.FileRef;

/** Where {@link DossierPdf} gets the cited files and their page texts, one file at a time. */
interface PageSource {

  /**
   * A temporary copy of the file on local disk (the caller deletes it), so a large file is never
   * held in memory; empty when the file cannot be had (gone, refused, Strapi not answering).
   */
  Optional<Path> copy(FileRef file);

  /**
   * The extracted text of these pages of the file (numbered from 1), as the indexer read them; a
   * page it does not know is absent, and an indexer that does not answer gives nothing.
   */
  Map<Integer, String> texts(FileRef file, Set<Integer> pages);
}
