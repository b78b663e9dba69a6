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
 * and skips embedded pictures: OCR of every logo in a Word file costs minutes and finds nothing.
 * One instance per parse, as it counts the depth of that parse.
 */
final class BoundedEmbeddedExtractor implements EmbeddedDocumentExtractor {

  private final ParsingEmbeddedDocumentExtractor delegate;
  private final Detector detector;
  private final int maxDepth;
  private int depth;

  BoundedEmbeddedExtractor(ParseContext context, Detector detector, int maxDepth) {
    this.delegate = new ParsingEmbeddedDocumentExtractor(context);
    this.detector = detector;
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return depth < maxDepth && delegate.shouldParseEmbedded(metadata);
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
      depth++;
      try {
        delegate.parseEmbedded(tis, handler, metadata, outputHtml);
      } finally {
        depth--;
      }
    }
  }
}
