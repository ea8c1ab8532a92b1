/*
 * Kedja's development and CI Neo4j: an embedded Neo4j Community 5.26 with the Bolt connector on
 * 127.0.0.1, for tests and local work without Docker. Started and stopped by tools/neo4j/start and
 * tools/neo4j/stop; not meant to serve real data.
 *
 *   java --add-opens ... -jar target/kedja-neo4j.jar --home DIR --port 7687 [--page-cache 64m]
 *        [--tx-memory SIZE] [--auth true|false] [--watch-pid PID]
 *
 * --tx-memory sets db.memory.transaction.max, the memory one transaction may use (default: no limit
 * of its own; all transactions together may use dbms.memory.transaction.total.max, 70 % of the heap).
 *
 * The password of the user neo4j comes from the KEDJA_NEO4J_PASSWORD environment variable (never
 * from the command line, where other users could read it); with --auth false no password is asked.
 * With --watch-pid the server shuts down cleanly when that process ends (a test runner that died
 * without running its teardown). It prints one line "kedja-neo4j: ready bolt://127.0.0.1:PORT"
 * once the database answers RETURN 1, and shuts down cleanly on SIGTERM.
 */
package dev.kedja.neo4j;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        int port = 7687;
        long pageCache = parseBytes("64m");
        long txMemory = 0; // 0: no per-transaction limit
        boolean auth = true;
        long watchPid = -1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value)).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--page-cache" -> pageCache = parseBytes(require(args[i], value));
                case "--tx-memory" -> txMemory = parseBytes(require(args[i], value));
                case "--auth" -> auth = Boolean.parseBoolean(require(args[i], value));
                case "--watch-pid" -> watchPid = Long.parseLong(require(args[i], value));
                default -> fail("unknown argument " + args[i]);
            }
            i++;
        }
        if (home == null) fail("--home DIR is required (the data directory, under a temporary folder)");
        String password = System.getenv("KEDJA_NEO4J_PASSWORD");
        if (auth && (password == null || password.length() < 8)) {
            fail("set KEDJA_NEO4J_PASSWORD to a password of 8 characters or more (or pass --auth false)");
        }

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemory)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kedja-neo4j: shutting down");
            service.shutdown();
            System.out.println("kedja-neo4j: stopped");
            stopped.countDown();
        }, "kedja-neo4j-shutdown"));

        if (auth) {
            // The initial user neo4j/neo4j must change its password; set ours without that step.
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");

        if (watchPid > 0) watch(watchPid);
        System.out.println("kedja-neo4j: ready bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** Exits (running the shutdown hook) when the watched process is gone. */
    private static void watch(long pid) {
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    System.out.println("kedja-neo4j: process " + pid + " ended; stopping");
                    System.exit(0);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "kedja-neo4j-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** "64m", "1g", "512k" or plain bytes. */
    static long parseBytes(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = value.charAt(value.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            value = value.substring(0, value.length() - 1);
        }
        return Long.parseLong(value) * unit;
    }

    private static String require(String option, String value) {
        if (value == null) fail(option + " needs a value");
        return value;
    }

    private static void fail(String message) {
        System.err.println("kedja-neo4j: " + message);
        System.exit(2);
    }
}
