package io.ordercenter.bench.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Freezes a server of the local stack (SIGSTOP to its process tree) and thaws it again: a stalled
 * server keeps its connections open and answers nothing, the nastiest way a dependency fails. A
 * shutdown hook thaws it should the benchmark die while it is frozen.
 */
public final class Stall implements AutoCloseable {

    private final List<Long> pids;
    private final Thread thaw;

    private Stall(List<Long> pids) {
        this.pids = pids;
        this.thaw = new Thread(() -> signal("CONT", pids), "thaw");
    }

    /** Freezes the process whose pid file is {@code pidFile}, and all its descendants. */
    public static Stall freeze(Path pidFile) throws IOException {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle root = ProcessHandle.of(pid)
                .orElseThrow(() -> new IOException("no process " + pid + " (from " + pidFile + ")"));
        List<Long> pids = new ArrayList<>();
        pids.add(root.pid());
        root.descendants().forEach(p -> pids.add(p.pid()));
        Stall stall = new Stall(pids);
        Runtime.getRuntime().addShutdownHook(stall.thaw);
        signal("STOP", pids);
        return stall;
    }

    @Override
    public void close() {
        signal("CONT", pids);
        try {
            Runtime.getRuntime().removeShutdownHook(thaw);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("could not send SIG" + signal + " to " + pids, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
