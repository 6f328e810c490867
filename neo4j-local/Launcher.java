import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a real Neo4j Community server (embedded DBMS with the Bolt connector) for machines without Docker.
 *
 * <p>Started by src/graph/local-neo4j.ts as {@code java -cp LIB/* Launcher.java}. Settings come from environment
 * variables so that the password never shows in a process listing:
 * NEO4J_LOCAL_HOME (data folder, required), NEO4J_LOCAL_PASSWORD (required), NEO4J_LOCAL_PORT (0 = pick a free
 * one), NEO4J_LOCAL_PAGECACHE (e.g. 256m).
 *
 * <p>Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:PORT} on stdout when Bolt accepts connections.
 * Exits when stdin closes, so the JVM never outlives the Node process that started it, even if that one is killed
 * with SIGKILL; SIGTERM and SIGINT shut the database down cleanly through the shutdown hook.
 */
public class Launcher {
  public static void main(String[] args) {
    try {
      run();
    } catch (Throwable t) {
      // Any failure must end the JVM: Neo4j's non-daemon threads would otherwise keep it alive without a ready line.
      System.err.println("neo4j-local: failed to start: " + t);
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    watchParent();
    String home = required("NEO4J_LOCAL_HOME");
    String password = required("NEO4J_LOCAL_PASSWORD");
    int port = Integer.parseInt(System.getenv().getOrDefault("NEO4J_LOCAL_PORT", "0"));
    if (port == 0) port = freePort();
    String pageCache = System.getenv().getOrDefault("NEO4J_LOCAL_PAGECACHE", "256m");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(Path.of(home))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("neo4j-local: shutting down");
                  dbms.shutdown();
                }));

    // The built-in user starts with the default password that must be changed: set ours. On a database that already
    // has it, Neo4j refuses to set the same password again, which is fine.
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }

    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // The stdin watcher ends the process; nothing else to do on this thread.
    Thread.currentThread().join();
  }

  /**
   * Exits when our parent closes stdin (normal exit, crash or kill of the parent). Started before anything else so
   * that a parent that dies during start-up does not leave the JVM behind.
   */
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

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      System.err.println("neo4j-local: environment variable " + name + " is required");
      System.exit(2);
    }
    return value;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }
}
