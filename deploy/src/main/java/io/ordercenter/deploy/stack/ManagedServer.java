package io.ordercenter.deploy.stack;

import java.util.OptionalLong;

/** One server of the local stack: started, stopped and probed by the launcher. */
interface ManagedServer extends AutoCloseable {

    /** The short name in logs and of its folder under the home: mariadb, mysql, redis, kafka, elasticsearch. */
    String name();

    /**
     * What it is to the services, whatever runs it: database, redis, kafka or elasticsearch. The
     * control API and fault tests address servers by role.
     */
    default String role() {
        return name();
    }

    /**
     * Writes whatever executables the server needs (unpacking binaries, first-time set-up). The
     * launcher runs every prepare step alone, before any server starts: a binary still open for
     * writing in this JVM while another thread forks makes that exec fail with "Text file busy".
     */
    default void prepare() throws Exception {}

    /** Starts the server and returns once it is healthy; a no-op when it already runs. */
    void start() throws Exception;

    /** Stops the server, keeping its data; a no-op when it is not running. */
    void stop() throws Exception;

    boolean isRunning();

    /** Stops the server for good when the stack ends (a container is also removed). */
    @Override
    default void close() throws Exception {
        stop();
    }

    /** What a person needs to reach it, e.g. {@code 127.0.0.1:13306}. */
    String address();

    /** The port its clients use on the bind host, or -1 where that is not known. */
    default int port() {
        return -1;
    }

    /** The pid of its (main) process while it runs, where the launcher knows it. */
    default OptionalLong pid() {
        return OptionalLong.empty();
    }

    /**
     * The pid whose process tree is the server's whole footprint (its memory is summed over it): the
     * {@link #pid()} unless the server runs under a start script that stays (Elasticsearch's CLI).
     */
    default OptionalLong rootPid() {
        return pid();
    }

    /**
     * Ends the server with SIGKILL (no clean shutdown; its data is what the crash leaves), for fault
     * tests; {@link #start()} brings it back on the same port and data. Returns once it is gone.
     */
    default void kill() throws Exception {
        OptionalLong pid = pid();
        if (pid.isEmpty()) {
            throw new IllegalStateException(name() + " has no process to kill");
        }
        ProcessHandle.of(pid.getAsLong()).ifPresent(ChildProcess::kill);
        stop(); // resets the launcher's view of it; a no-op on the dead process
    }
}
