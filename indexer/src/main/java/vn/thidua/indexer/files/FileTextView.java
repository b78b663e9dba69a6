package vn.thidua.indexer.files;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The text read from a file, one piece per page (page null for files without pages). */
record FileTextView(String fileName, List<Page> pages) {

  record Page(@Nullable Integer page, String text) {}
}
