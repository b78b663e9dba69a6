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
 *
 * <p>Tables come out one row per line, the cells in order separated by {@value #CELL_SEPARATOR},
 * and the paragraphs and line breaks inside a cell joined by spaces: a title or an indicator name
 * that wraps in a narrow column stays one contiguous phrase, and a reader of the text (the facts
 * read from reports) finds the value of a row on the row's line. A table nested in a cell is
 * written inside that cell, its rows separated by {@value #NESTED_ROW_SEPARATOR}.
 */
final class PageCollector extends DefaultHandler {

  static final String CELL_SEPARATOR = " | ";
  static final String NESTED_ROW_SEPARATOR = "; ";

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

  /** One entry per open table: how many cells its current row has had so far. */
  private final Deque<int[]> tables = new ArrayDeque<>();

  /** How many cells are open; inside one, line ends become spaces. */
  private int cellDepth;

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
    } else if ("table".equals(name)) {
      tables.push(new int[1]);
    } else if ("tr".equals(name) && !tables.isEmpty()) {
      tables.peek()[0] = 0;
    } else if (("td".equals(name) || "th".equals(name)) && !tables.isEmpty()) {
      if (tables.peek()[0]++ > 0) {
        append(CELL_SEPARATOR);
      }
      cellDepth++;
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
    switch (name) {
      case "td", "th" -> cellDepth = Math.max(0, cellDepth - 1);
      case "table" -> {
        tables.poll();
        append(cellDepth > 0 ? " " : "\n");
      }
      case "tr" -> append(cellDepth > 0 ? NESTED_ROW_SEPARATOR : "\n");
      default -> {
        if (BLOCKS.contains(name)) {
          append(cellDepth > 0 ? " " : "\n");
        }
      }
    }
  }

  /** Appends layout (a line end, a separator) while there is room; it never counts as text. */
  private void append(String layout) {
    if (characters < maxCharacters) {
      current.append(layout);
      characters += layout.length();
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
    if (cellDepth > 0) {
      // A line break inside a cell is where the column was too narrow, not where a phrase ends.
      for (int i = start; i < start + length; i++) {
        char c = ch[i];
        current.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
      }
    } else {
      current.append(ch, start, length);
    }
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
