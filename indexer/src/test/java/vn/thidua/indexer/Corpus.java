package vn.thidua.indexer;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test corpus is: {@code ../shared/corpus} beside the repository's root. */
public final class Corpus {

  private Corpus() {}

  public static Path root() {
    String repoRoot = System.getProperty("repo.root");
    Path base = repoRoot != null ? Path.of(repoRoot) : Path.of("").toAbsolutePath().getParent();
    Path corpus = base.resolveSibling("shared").resolve("corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("The test corpus is missing: " + corpus);
    }
    return corpus;
  }

  public static Path reports() {
    return root().resolve("reports");
  }

  public static Path bad() {
    return root().resolve("bad");
  }
}
