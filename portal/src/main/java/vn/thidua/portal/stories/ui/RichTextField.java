package vn.thidua.portal.stories.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.thidua.portal.stories.StoryBody;
import vn.thidua.portal.stories.StoryMarkdown;
import vn.thidua.portal.strapi.model.RichText;

/**
 * A small rich-text field of our own (Vaadin's Rich Text Editor needs a commercial licence): an
 * editable area and a toolbar for headings, bold, italic, lists, links and images, so an editor
 * writes without knowing Markdown. The browser's editing commands do the formatting; the server
 * keeps the area's HTML and stores it as Markdown ({@link StoryMarkdown}), which the one renderer
 * ({@link StoryBody}) turns back into sanitised HTML, both to load a story here and for readers.
 * Nothing is loaded from elsewhere; no HTML the server did not sanitise is ever put in the area.
 */
@StyleSheet("styles/editor.css")
class RichTextField extends Div {

  private final Div area = new Div();
  private final Div toolbar = new Div();
  private String html = "";

  RichTextField(String label) {
    addClassName("story-rich-text");
    Span caption = new Span(label);
    caption.setId("story-body-label");
    caption.addClassName("story-rich-text-label");
    toolbar.addClassName("story-rich-text-toolbar");
    toolbar.getElement().setAttribute("role", "toolbar");
    toolbar.getElement().setAttribute("aria-controls", "story-body-area");
    toolbar.getElement().setAttribute("aria-label", label);
    area.setId("story-body-area");
    area.addClassNames("story-rich-text-area", "portal-richtext");
    area.getElement().setAttribute("contenteditable", "true");
    area.getElement().setAttribute("role", "textbox");
    area.getElement().setAttribute("aria-multiline", "true");
    area.getElement().setAttribute("aria-labelledby", "story-body-label");
    area.getElement().setAttribute("lang", "vi");
    // The area's HTML is synchronised as a property: while typing (debounced), and at once when
    // the editor leaves the area (to press Save, say), ahead of the click.
    DomListenerRegistration input =
        area.getElement()
            .addPropertyChangeListener("innerHTML", "input", e -> html = text(e.getValue()));
    input.debounce(400);
    area.getElement()
        .addPropertyChangeListener("innerHTML", "focusout", e -> html = text(e.getValue()));
    add(caption, toolbar, area);
  }

  private static String text(java.io.@org.jspecify.annotations.Nullable Serializable value) {
    return value == null ? "" : value.toString();
  }

  /** A toolbar button running one of the browser's editing commands on the selection. */
  Button command(String id, String text, String command, String argument) {
    Button b = toolbarButton(id, text);
    b.addClickListener(e -> run(command, argument));
    return b;
  }

  Button toolbarButton(String id, String text) {
    Button b = new Button(text);
    b.setId(id);
    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    toolbar.add(b);
    return b;
  }

  /** Runs an editing command where the editor's caret or selection was, then reads the area. */
  void run(String command, String argument) {
    area.getElement()
        .executeJs(
            "this.__restore && this.__restore();"
                + " document.execCommand($0, false, $1); return this.innerHTML;",
            command,
            argument)
        .then(String.class, h -> html = h);
  }

  /** Inserts a link to {@code href} on the selection, or its address as text when none. */
  void insertLink(String href) {
    Element a = new Document("").createElement("a").attr("href", href).text(href);
    area.getElement()
        .executeJs(
            "this.__restore && this.__restore();"
                + " const s = document.getSelection();"
                + " if (s.rangeCount && !s.isCollapsed) document.execCommand('createLink', false, $0);"
                + " else document.execCommand('insertHTML', false, $1);"
                + " return this.innerHTML;",
            href,
            a.outerHtml())
        .then(String.class, h -> html = h);
  }

  /** Inserts an image of the media library at the caret; its alt text is required before. */
  void insertImage(String src, String alt) {
    Element img = new Document("").createElement("img").attr("src", src).attr("alt", alt);
    run("insertHTML", img.outerHtml());
  }

  /** Shows a story's stored text (Markdown), rendered and sanitised as readers get it. */
  void setMarkdown(String markdown, String storyDocumentId) {
    String rendered = StoryBody.html(RichText.of(markdown), storyDocumentId);
    html = Jsoup.parseBodyFragment(rendered).body().child(0).html();
    area.getElement().executeJs("this.innerHTML = $0", html);
  }

  /** The text as stored: Markdown. */
  String markdown() {
    return StoryMarkdown.fromHtml(html);
  }

  /** For tests: the HTML the area holds as the server last read it. */
  void setHtmlForTest(String value) {
    html = value;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    // Enter makes paragraphs; the toolbar never takes the selection away from the text; the last
    // selection in the area is kept so a command from the keyboard (Tab to a button) still applies.
    area.getElement()
        .executeJs(
            "const area = this, bar = $0;"
                + " document.execCommand('defaultParagraphSeparator', false, 'p');"
                + " bar.addEventListener('mousedown', e => e.preventDefault());"
                + " document.addEventListener('selectionchange', () => {"
                + "   const s = document.getSelection();"
                + "   if (s.rangeCount && area.contains(s.getRangeAt(0).commonAncestorContainer))"
                + "     area.__range = s.getRangeAt(0).cloneRange(); });"
                + " area.__restore = () => { area.focus(); if (area.__range) {"
                + "   const s = document.getSelection(); s.removeAllRanges(); s.addRange(area.__range); } };"
                + " area.innerHTML = $1;",
            toolbar.getElement(),
            html);
  }
}
