package vn.thidua.indexer.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika emits into plain text, one piece per {@code <div class="page">}
 * (PDF) or one piece for the whole document, and stops at the character ceiling or the deadline.
 */
final class PageCollector extends DefaultHandler {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "ul",
          "ol",
          "pre",
          "blockquote",
          "title");

  private final int maxCharacters;
  private final long deadlineNanos;
  private final ExtractionListener listener;
  private final List<PageText> pages = new ArrayList<>();
  private final Deque<Boolean> divIsPage = new ArrayDeque<>();
  private StringBuilder current = new StringBuilder();
  private int characters;
  private int pageNumber;
  private boolean inPage;
  private boolean pageHasText;
  private boolean ocrUsed;
  private boolean ocrAnnounced;
  private int headDepth;

  PageCollector(int maxCharacters, long deadlineNanos, ExtractionListener listener) {
    this.maxCharacters = maxCharacters;
    this.deadlineNanos = deadlineNanos;
    this.listener = listener;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    checkDeadline();
    String name = localName.isEmpty() ? qName : localName;
    if ("head".equals(name)) {
      headDepth++;
    } else if ("div".equals(name)) {
      String cssClass = atts.getValue("class");
      boolean page = "page".equals(cssClass) && !inPage;
      divIsPage.push(page);
      if (page) {
        // Text met outside any page (rare: between pages) stays in front of the next page.
        inPage = true;
        pageHasText = false;
        pageNumber++;
      } else if ("ocr".equals(cssClass)) {
        ocrUsed = true;
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if ("head".equals(name)) {
      headDepth = Math.max(0, headDepth - 1);
      return;
    }
    if ("div".equals(name) && !divIsPage.isEmpty() && divIsPage.pop()) {
      pages.add(new PageText(pageNumber, current.toString()));
      current = new StringBuilder();
      inPage = false;
      return;
    }
    if (inPage && !pageHasText && "p".equals(name) && !ocrAnnounced) {
      // A PDF page whose text layer ended empty: with the AUTO strategy Tika renders it and runs
      // Tesseract next.
      ocrAnnounced = true;
      listener.ocrStarted();
    }
    if (characters < maxCharacters) {
      if (BLOCKS.contains(name)) {
        current.append('\n');
        characters++;
      } else if ("td".equals(name) || "th".equals(name)) {
        current.append(' ');
        characters++;
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    checkDeadline();
    if (headDepth > 0 || length == 0) {
      return;
    }
    int room = maxCharacters - characters;
    if (length > room) {
      current.append(ch, start, Math.max(room, 0));
      characters = maxCharacters;
      throw new WriteLimitReachedException(maxCharacters);
    }
    current.append(ch, start, length);
    characters += length;
    if (inPage && !pageHasText) {
      for (int i = start; i < start + length; i++) {
        if (!Character.isWhitespace(ch[i])) {
          pageHasText = true;
          break;
        }
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  /** The pieces collected so far, the unfinished one included (after a limit stopped parsing). */
  List<PageText> pages() {
    if (pageNumber == 0) {
      return List.of(new PageText(null, current.toString()));
    }
    List<PageText> all = new ArrayList<>(pages);
    if (inPage) {
      all.add(new PageText(pageNumber, current.toString()));
    } else if (!current.toString().isBlank()) {
      PageText last = all.removeLast();
      all.add(new PageText(last.page(), last.text() + current));
    }
    return all;
  }

  boolean ocrUsed() {
    return ocrUsed;
  }

  private void checkDeadline() throws SAXException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new DeadlineReachedException();
    }
  }

  /** Thrown from the handler when the time limit of a file is over. */
  static final class DeadlineReachedException extends SAXException {
    DeadlineReachedException() {
      super("time limit reached");
    }
  }
}
