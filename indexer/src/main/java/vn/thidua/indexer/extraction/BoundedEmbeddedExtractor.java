package vn.thidua.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads documents embedded in a document (a spreadsheet in a report, say) down to a fixed depth,
 * and skips embedded pictures: OCR of every logo in a Word file costs minutes and finds nothing. A
 * document embedded deeper than that is a sign of a file built to hurt a parser (each level may
 * hold another bomb), not of a report: it is not read, nothing more is, and {@link #tooDeep()}
 * tells the extractor to refuse the file. One instance per parse, as it counts the depth of that
 * parse.
 */
final class BoundedEmbeddedExtractor implements EmbeddedDocumentExtractor {

  private final ParsingEmbeddedDocumentExtractor delegate;
  private final Detector detector;
  private final int maxDepth;
  private int depth;
  private boolean tooDeep;

  BoundedEmbeddedExtractor(ParseContext context, Detector detector, int maxDepth) {
    this.delegate = new ParsingEmbeddedDocumentExtractor(context);
    this.detector = detector;
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return !tooDeep && delegate.shouldParseEmbedded(metadata);
  }

  /** Whether the document held a document embedded deeper than the limit. */
  boolean tooDeep() {
    return tooDeep;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
      MediaType type = detector.detect(tis, metadata);
      if ("image".equals(type.getType())) {
        return;
      }
      // Decided here rather than in shouldParseEmbedded: only here is a picture (skipped at any
      // depth) told apart from a document.
      if (depth >= maxDepth) {
        tooDeep = true;
        return;
      }
      depth++;
      try {
        delegate.parseEmbedded(tis, handler, metadata, outputHtml);
      } finally {
        depth--;
      }
    }
  }
}
