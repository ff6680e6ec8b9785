package io.ordercenter.deploy.stack;

import java.nio.file.Path;

/** Ready-made {@link StackSettings}: fixed well-known ports for the local run, free ports for tests. */
public final class LocalStackSettings {

    private LocalStackSettings() {}

    public static StackSettings fixed(Path home, Path dist, boolean fresh, long watchPid) {
        return new StackSettings(
                home,
                dist,
                "127.0.0.1",
                13306,
                16379,
                19092,
                19093,
                19200,
                19300,
                18999,
                StackSettings.DATABASES,
                fresh,
                watchPid,
                10042,
                ServerRuntime.EMBEDDED);
    }

    public static StackSettings auto(Path home, Path dist, boolean fresh, long watchPid) {
        return new StackSettings(
                home,
                dist,
                "127.0.0.1",
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                0,
                StackSettings.DATABASES,
                fresh,
                watchPid,
                10042,
                ServerRuntime.EMBEDDED);
    }
}
