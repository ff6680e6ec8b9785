package io.ordercenter.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server process the launcher owns: output to a log file, pid in a pid file so that a launcher
 * killed hard leaves nothing behind for the next start to trip over.
 */
final class ChildProcess {

    private final String name;
    private final Path pidFile;
    private final Path logFile;
    private Process process;

    ChildProcess(String name, Path runDir) {
        this.name = name;
        this.pidFile = runDir.resolve(name + ".pid");
        this.logFile = runDir.resolve(name + ".log");
    }

    Path logFile() {
        return logFile;
    }

    void start(List<String> command, Path workDir, Map<String, String> environment) throws IOException {
        killLeftover();
        Files.createDirectories(pidFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM to the process and its descendants, SIGKILL after {@code grace}. */
    void stop(Duration grace) {
        if (process != null) {
            terminate(process.toHandle(), grace);
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the process's liveness next time
        }
    }

    /** SIGKILL to the process and its descendants at once: a crash, no clean shut-down (for fault tests). */
    void kill() {
        if (process != null) {
            ProcessHandle handle = process.toHandle();
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            handle.onExit().join();
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the process's liveness next time
        }
    }

    /** A process a previous launcher left running (it was killed with -9): end it before starting anew. */
    private void killLeftover() throws IOException {
        killLeftover(name, pidFile);
    }

    /** Ends the live process whose pid {@code pidFile} holds, if any, and removes the file. */
    static void killLeftover(String name, Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.deleteIfExists(pidFile);
        Optional<ProcessHandle> leftover;
        try {
            leftover = ProcessHandle.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return;
        }
        leftover.filter(ProcessHandle::isAlive).ifPresent(handle -> {
            System.out.printf("[stack] %s: stopping leftover process %d%n", name, handle.pid());
            terminate(handle, Duration.ofSeconds(30));
        });
    }

    static void terminate(ProcessHandle handle, Duration grace) {
        List<ProcessHandle> descendants = handle.descendants().toList();
        handle.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
