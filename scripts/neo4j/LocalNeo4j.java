import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community with a Bolt connector on the loopback interface, for
 * PartnerGraph's `npm start` and `npm test` (started by scripts/local-neo4j.ts).
 *
 * Usage: java -cp <neo4j jars> LocalNeo4j.java <home dir> <bolt port> <page cache> <tx timeout>
 *
 * It stops when its standard input closes, so a parent that dies without
 * cleaning up (SIGKILL, crash) never leaves a JVM behind holding the store lock.
 */
public class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pageCache = args.length > 2 ? args[2] : "512m";
    String txTimeout = args.length > 3 ? args[3] : "60s";

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Loopback only and owned by the project: a password would protect nothing
        // the file system does not already expose.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache))
        .setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(txTimeout))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }));
    System.out.println("LOCAL_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    waitForStdinToClose();
    System.exit(0); // runs the shutdown hook
  }

  private static void waitForStdinToClose() {
    try {
      while (System.in.read() != -1) {
        // The parent never writes; any byte is ignored.
      }
    } catch (IOException closed) {
      // A broken pipe means the parent is gone, which is the signal to stop.
    }
  }
}
