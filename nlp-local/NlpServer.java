import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Arabic part-of-speech tagger of Stanford CoreNLP as a small HTTP service, for machines without a CoreNLP server.
 *
 * <p>Started by src/nlp/local-tagger.ts as {@code java -Xmx256m -cp LIB/* NlpServer.java --watch-stdin}. It speaks the
 * subset of the stock {@code StanfordCoreNLPServer} protocol that src/nlp/tagger-client.ts uses, so that NLP_URL can
 * name either server: {@code POST /?properties={"annotators":"tokenize,ssplit,pos","tokenize.whitespace":"true",
 * "ssplit.eolonly":"true","pos.model":"…/arabic.tagger","outputFormat":"json"}} with one sentence per line and words
 * separated by spaces; the answer is CoreNLP's JSON ({@code sentences[].tokens[].word/pos} with offsets). It uses
 * MaxentTagger directly (no pipeline), which is all those properties ask for.
 *
 * <p>Options: {@code --bind ADDRESS} (default 127.0.0.1; the stock server has no such option and listens everywhere),
 * {@code --port N} (default 0: a free port), {@code --model PATH} (classpath or file; default the Arabic tagger),
 * {@code --threads N} (default: the number of processors), {@code --watch-stdin} (exit when stdin closes, so that the
 * JVM never outlives the process that started it, however that one ends).
 *
 * <p>Prints exactly one line {@code NLP_READY http://HOST:PORT} on stdout once the model is loaded and the port is
 * listening.
 */
public class NlpServer {
  static final String DEFAULT_MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";
  /** Larger bodies are refused: the client sends a few hundred sentences per request. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      System.err.println("nlp-local: failed to start: " + t);
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    String bind = "127.0.0.1";
    int port = 0;
    String model = DEFAULT_MODEL;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--bind" -> bind = value(args, ++i);
        case "--port" -> port = Integer.parseInt(value(args, ++i));
        case "--model" -> model = value(args, ++i);
        case "--threads" -> threads = Integer.parseInt(value(args, ++i));
        case "--watch-stdin" -> watchStdin = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // Before the model loads (a few seconds), so that a parent that dies meanwhile does not leave us behind.
    if (watchStdin) watchParent();

    long t0 = System.nanoTime();
    MaxentTagger tagger = new MaxentTagger(model);
    System.err.printf("nlp-local: loaded %s in %d ms%n", model, (System.nanoTime() - t0) / 1_000_000);

    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    server.setExecutor(pool);
    final String loadedModel = model;
    server.createContext("/", exchange -> handle(exchange, tagger, loadedModel));
    server.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop(0);
                  pool.shutdownNow();
                }));
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    System.out.println("NLP_READY http://" + host + ":" + server.getAddress().getPort());
    System.out.flush();
  }

  private static void handle(HttpExchange exchange, MaxentTagger tagger, String model) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      // The stock server's liveness and readiness probes.
      if (method.equals("GET") && (path.equals("/live") || path.equals("/ready"))) {
        send(exchange, 200, "text/plain; charset=utf-8", path.substring(1) + "\n");
        return;
      }
      if (!path.equals("/")) {
        send(exchange, 404, "text/plain; charset=utf-8", "not found: " + path + "\n");
        return;
      }
      if (!method.equals("POST")) {
        send(exchange, 405, "text/plain; charset=utf-8", "POST the text to tag\n");
        return;
      }
      String properties = queryParameter(exchange.getRequestURI().getRawQuery(), "properties");
      String refusal = refusal(properties, model);
      if (refusal != null) {
        send(exchange, 400, "text/plain; charset=utf-8", refusal + "\n");
        return;
      }
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        send(exchange, 413, "text/plain; charset=utf-8", "body over " + MAX_BODY_BYTES + " bytes\n");
        return;
      }
      String text = new String(body, StandardCharsets.UTF_8);
      send(exchange, 200, "application/json; charset=utf-8", tagAsJson(tagger, text));
    } catch (RuntimeException e) {
      System.err.println("nlp-local: request failed: " + e);
      try {
        send(exchange, 500, "text/plain; charset=utf-8", "tagging failed: " + e + "\n");
      } catch (IOException ignored) {
        // the client is gone
      }
    }
  }

  /**
   * Why a request asks for something this server does not do, or null. Absent properties mean the defaults, which
   * here are the protocol subset above.
   */
  static String refusal(String properties, String model) {
    if (properties == null) return null;
    String annotators = jsonString(properties, "annotators");
    if (annotators != null) {
      for (String a : annotators.split(",")) {
        String name = a.trim();
        if (!name.isEmpty() && !List.of("tokenize", "ssplit", "pos").contains(name)) {
          return "this server only runs tokenize,ssplit,pos (whitespace tokens, one sentence per line), not " + name;
        }
      }
    }
    String format = jsonString(properties, "outputFormat");
    if (format != null && !format.equals("json")) return "this server only answers outputFormat json";
    String posModel = jsonString(properties, "pos.model");
    if (posModel != null && !posModel.equals(model)) {
      return "this server has " + model + " loaded, not " + posModel;
    }
    return null;
  }

  /** One sentence per line, words separated by whitespace; the stock server's JSON with offsets into the text. */
  static String tagAsJson(MaxentTagger tagger, String text) {
    StringBuilder out = new StringBuilder(text.length() * 4 + 32);
    out.append("{\"sentences\":[");
    int sentenceIndex = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      List<Word> words = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      int i = lineStart;
      while (i < lineEnd) {
        while (i < lineEnd && Character.isWhitespace(text.charAt(i))) i++;
        int start = i;
        while (i < lineEnd && !Character.isWhitespace(text.charAt(i))) i++;
        if (i > start) {
          words.add(new Word(text.substring(start, i)));
          spans.add(new int[] {start, i});
        }
      }
      if (!words.isEmpty()) {
        List<TaggedWord> tagged = tagger.tagSentence(words);
        if (sentenceIndex > 0) out.append(',');
        out.append("{\"index\":").append(sentenceIndex++).append(",\"tokens\":[");
        for (int k = 0; k < tagged.size(); k++) {
          int[] span = spans.get(k);
          String word = words.get(k).word();
          if (k > 0) out.append(',');
          out.append("{\"index\":").append(k + 1);
          out.append(",\"word\":");
          quote(out, word);
          out.append(",\"originalText\":");
          quote(out, word);
          out.append(",\"characterOffsetBegin\":").append(span[0]);
          out.append(",\"characterOffsetEnd\":").append(span[1]);
          out.append(",\"pos\":");
          quote(out, tagged.get(k).tag());
          out.append('}');
        }
        out.append("]}");
      }
      lineStart = lineEnd + 1;
    }
    return out.append("]}").toString();
  }

  /** The value of a string member of a flat JSON object (the properties parameter), or null. */
  static String jsonString(String json, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    return m.find() ? m.group(1).replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\") : null;
  }

  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) return null;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      buffer.write(chunk, 0, n);
      if (buffer.size() > MAX_BODY_BYTES) return null;
    }
    return buffer.toByteArray();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(bytes);
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
    return args[i];
  }

  /** Exits when our parent closes stdin (normal exit, crash or kill of the parent). */
  private static void watchParent() {
    Thread watcher =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                  // nothing is expected on stdin; keep reading until EOF
                }
              } catch (Exception e) {
                // a broken stdin means the parent is gone as well
              }
              System.exit(0);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }
}
