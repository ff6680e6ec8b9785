package io.ordercenter.deploy.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * How one stack is laid out: where its data lives, where the unpacked distributions are, which
 * ports its servers bind on 127.0.0.1.
 *
 * @param home data, logs and pid files; survives restarts unless {@code fresh}
 * @param dist the {@code deploy/target/stack} folder the build fills (lib, kafka, elasticsearch)
 * @param fresh wipe the servers' data before starting (test stacks)
 * @param watchPid stop the whole stack when this process ends (the Maven build of a test run), or -1
 * @param unprivilegedUid numeric uid Elasticsearch runs as when the launcher is root
 * @param runtime embedded servers (the default) or Docker containers
 */
public record StackSettings(
        Path home,
        Path dist,
        String bindHost,
        int mariadbPort,
        int redisPort,
        int kafkaPort,
        int kafkaControllerPort,
        int elasticsearchPort,
        int elasticsearchTransportPort,
        int controlPort,
        List<String> databases,
        boolean fresh,
        long watchPid,
        int unprivilegedUid,
        ServerRuntime runtime) {

    public static final List<String> DATABASES = List.of("oc_ds_0", "oc_ds_1", "oc_ds_2", "oc_ds_3");

    public Path dir(String server) {
        return home.resolve(server);
    }

    /** The same stack with another runtime. */
    public StackSettings withRuntime(ServerRuntime other) {
        return with(controlPort, fresh, watchPid, other);
    }

    /** The same servers, ports and data, started again without wiping anything (a restart). */
    public StackSettings keepingData() {
        return with(0, false, -1, runtime);
    }

    private StackSettings with(int control, boolean wipe, long watch, ServerRuntime servers) {
        return new StackSettings(
                home,
                dist,
                bindHost,
                mariadbPort,
                redisPort,
                kafkaPort,
                kafkaControllerPort,
                elasticsearchPort,
                elasticsearchTransportPort,
                control,
                databases,
                wipe,
                watch,
                unprivilegedUid,
                servers);
    }
}
