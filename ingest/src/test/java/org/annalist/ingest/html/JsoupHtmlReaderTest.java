package org.annalist.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.annalist.ingest.DocumentFormat;
import org.annalist.ingest.DocumentReaders;
import org.annalist.ingest.DocumentText;
import org.annalist.ingest.ReadOptions;
import org.annalist.ingest.TextEncoding;
import org.junit.jupiter.api.Test;

class JsoupHtmlReaderTest {
  private static DocumentText read(String html) throws Exception {
    return read(html.getBytes(StandardCharsets.UTF_8));
  }

  private static DocumentText read(byte[] html) throws Exception {
    return DocumentReaders.standard().read(html, "page.html", ReadOptions.defaults());
  }

  @Test
  void keepsTheTextPeopleReadAndDropsTheRest() throws Exception {
    DocumentText d = read("""
        <html><head><title>The  Siege
        Diary</title><style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
        <body>
          <header><a href="/">Home</a> <a href="/about">About</a></header>
          <nav><ul><li>Menu one</li><li>Menu two</li></ul></nav>
          <div class="cookie-banner">We use cookies. <button>Accept</button></div>
          <div role="navigation">Skip to content</div>
          <main>
            <article>
              <header><h1>Day one</h1></header>
              <p>The garrison   held the
                 <b>north</b> gate&nbsp;for three&nbsp;days &amp; nights.</p>
              <p>Food ran short&hellip;</p>
              <noscript>Enable JavaScript</noscript>
              <p hidden>hidden text</p><p style="display: none">also hidden</p>
            </article>
          </main>
          <aside>Related stories</aside>
          <footer>© Publisher</footer>
        </body></html>
        """);
    assertThat(d.text()).isEqualTo("Day one\n\nThe garrison held the north gate for three days & nights.\n\nFood ran short…");
    assertThat(d.title()).contains("The Siege Diary");
    assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
  }

  @Test
  void orderedListsKeepTheirNumbers() throws Exception {
    DocumentText d = read("""
        <p>Terms:</p>
        <ol><li>First term</li><li>Second term
          <ol type="a"><li>sub one</li><li>sub two</li></ol></li>
          <li value="7">Seventh term</li><li>Eighth term</li></ol>
        <ol start="4" type="I"><li>four</li><li>five</li></ol>
        <ol reversed><li>three</li><li>two</li><li>one</li></ol>
        <ul><li>bullet</li></ul>
        """);
    assertThat(d.text()).isEqualTo("Terms:\n\n1. First term\n2. Second term\na. sub one\nb. sub two\n7. Seventh term\n"
        + "8. Eighth term\n\nIV. four\nV. five\n\n3. three\n2. two\n1. one\n\nbullet");
  }

  @Test
  void tableRowsStayOneLineEach() throws Exception {
    DocumentText d = read("""
        <table><caption>Strength</caption>
          <tr><th>Unit</th><th>Men</th></tr>
          <tr><td><p>First</p><p>Regiment</p></td><td>1,200</td></tr>
          <tr><td>Second<br>Regiment</td><td>950</td></tr>
        </table><p>After the table.</p>
        """);
    assertThat(d.text()).isEqualTo("Strength\nUnit | Men\nFirst Regiment | 1,200\nSecond Regiment | 950\n\nAfter the table.");
  }

  @Test
  void preformattedTextKeepsItsLayoutAndBrBreaksLines() throws Exception {
    DocumentText d = read("<p>one<br>two</p><pre>a   b\n  c</pre>");
    assertThat(d.text()).isEqualTo("one\ntwo\n\na   b\n  c");
  }

  @Test
  void titleFallsBackToTheFirstHeadingOutsideTheChrome() throws Exception {
    DocumentText d = read("<body><header><h1>Site name</h1></header><h1>Report of the envoy</h1><p>x</p></body>");
    assertThat(d.title()).contains("Report of the envoy");
    assertThat(d.text()).isEqualTo("Report of the envoy\n\nx");
    assertThat(read("<p>no title</p>").title()).isEmpty();
  }

  @Test
  void theDeclaredCharsetIsHonoured() throws Exception {
    Charset cp = Charset.forName("windows-1252");
    byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>“Genève”</p></body></html>".getBytes(cp);
    DocumentText d = read(page);
    assertThat(d.text()).isEqualTo("“Genève”");
    assertThat(d.encoding()).contains(new TextEncoding(cp, TextEncoding.Evidence.DECLARED));
    byte[] old = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>caf\u00e9 \u2013 bar</p>".getBytes(cp);
    DocumentText d2 = read(old);
    assertThat(d2.text()).isEqualTo("café – bar");
    assertThat(d2.encodingName()).isEqualTo("windows-1252");
  }

  @Test
  void a100000DeepPageNeedsNoDeepStack() throws Exception {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 3 == 0 ? "<div>" : i % 3 == 1 ? "<span>" : "<b>");
    }
    sb.append("deep text");
    byte[] page = sb.toString().getBytes(StandardCharsets.UTF_8);
    AtomicReference<Object> result = new AtomicReference<>();
    // a small stack: a recursive walk over the tree would overflow it
    Thread t = new Thread(null, () -> {
      try {
        result.set(read(page));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join();
    assertThat(result.get()).isInstanceOf(DocumentText.class);
    assertThat(((DocumentText) result.get()).text()).isEqualTo("deep text");
  }
}
