package org.annalist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol, for the tests that open the report
 * page in a real browser: a few protocol commands over the JDK's WebSocket client, so the tests need
 * no driver binary and no library beyond Jackson. Every event the page's session sends is kept, so a
 * test can look for script errors and network requests after the fact.
 *
 * <p>The browser is Debian's {@code chromium} (or the one {@code ANNALIST_CHROMIUM} names), started
 * with the flags that keep it off the network on its own (no background networking, component
 * updates or sync) and a fresh profile that is deleted on close.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<JsonNode> events = java.util.Collections.synchronizedList(new ArrayList<>());
  private String session;

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser to use: {@code ANNALIST_CHROMIUM}, else the first of the usual names on the PATH. */
  static Optional<Path> find() {
    String given = System.getenv("ANNALIST_CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with one blank page attached, the page's viewport {@code width} x {@code height}. */
  static Chromium start(Path executable, int width, int height, String... extraFlags) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("annalist-chromium");
    List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*"));
    cmd.addAll(List.of(extraFlags));
    cmd.add("about:blank");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    // Chromium writes the port it chose and the browser's WebSocket path into the profile
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<String> lines = List.of();
    while (lines.size() < 2) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        String log = Files.exists(profile.resolve("chromium.log")) ? Files.readString(profile.resolve("chromium.log")) : "";
        p.destroyForcibly();
        throw new IOException("Chromium did not open its DevTools port: " + log);
      }
      Thread.sleep(50);
      if (Files.exists(active)) {
        lines = Files.readAllLines(active, StandardCharsets.UTF_8);
      }
    }
    URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
    Chromium[] self = new Chromium[1];
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(uri, new WebSocket.Listener() {
          private final StringBuilder message = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
              String text = message.toString();
              message.setLength(0);
              self[0].receive(text);
            }
            webSocket.request(1);
            return null;
          }
        }).join();
    Chromium c = new Chromium(p, profile, ws);
    self[0] = c;
    String target = c.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    c.session = c.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
    for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
      c.send(domain + ".enable", Map.of());
    }
    c.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    return c;
  }

  private void receive(String text) {
    try {
      JsonNode m = JSON.readTree(text);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = replies.remove(m.get("id").asInt());
        if (f != null) {
          f.complete(m);
        }
      } else {
        events.add(m);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonNode call(String method, Map<String, ?> params) throws IOException {
    return command(null, method, params);
  }

  /** Sends a command to the page and returns its result. */
  JsonNode send(String method, Map<String, ?> params) throws IOException {
    return command(session, method, params);
  }

  private JsonNode command(String sessionId, String method, Map<String, ?> params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      msg.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).join();
    JsonNode r;
    try {
      r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException(method + " got no answer: " + e, e);
    }
    if (r.has("error")) {
      throw new IOException(method + ": " + r.get("error"));
    }
    return r.get("result");
  }

  /** Evaluates a script expression in the page (promises awaited) and returns its value as JSON. */
  JsonNode eval(String expression) throws IOException {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails"));
    }
    return r.get("result").path("value");
  }

  /** Opens a URL and waits until {@code ready} (a script expression) is true. */
  void open(String url, String ready) throws IOException, InterruptedException {
    send("Page.navigate", Map.of("url", url));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    // while the document loads, parts of it may not exist yet: an expression that throws is not ready
    while (!eval("(() => { try { return !!(" + ready + "); } catch (e) { return false; } })()").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("page not ready after " + TIMEOUT + ": " + url);
      }
      Thread.sleep(50);
    }
  }

  /** A left click at a point of the viewport, as a person's mouse makes it. */
  void click(double x, double y) throws IOException {
    send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
    send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
  }

  /** A PNG of the whole page, not only the viewport. */
  byte[] screenshot(int width) throws IOException {
    JsonNode size = send("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    int height = (int) Math.ceil(size.get("height").asDouble());
    send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    return Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
  }

  /** The events received so far with this method name, e.g. "Runtime.exceptionThrown". */
  List<JsonNode> events(String method) {
    synchronized (events) {
      return events.stream().filter(e -> method.equals(e.path("method").asText())).map(e -> e.get("params")).toList();
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    // the browser may close before it answers, so the command is sent without waiting for a reply
    socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true);
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    socket.abort();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> s = Files.walk(profile)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a file the browser still held; the temporary folder is the system's to clean
    }
  }
}
