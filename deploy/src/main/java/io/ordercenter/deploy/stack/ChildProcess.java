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
        start(command, workDir, environment, false);
    }

    /** With {@code onlyGiven}, no inherited {@code OC_*} or {@code SPRING_*} variable reaches the process. */
    void start(List<String> command, Path workDir, Map<String, String> environment, boolean onlyGiven)
            throws IOException {
        killLeftover();
        Files.createDirectories(pidFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (onlyGiven) {
            builder.environment().keySet().removeIf(k -> k.startsWith("OC_") || k.startsWith("SPRING_"));
        }
        builder.environment().putAll(environment);
        process = builder.start();
        // the start time lets a later launcher tell our process from another one that got the pid since
        long started = process.info()
                .startInstant()
                .map(java.time.Instant::toEpochMilli)
                .orElse(-1L);
        Files.writeString(pidFile, process.pid() + " " + started);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The pid of the running process, if it runs. */
    java.util.OptionalLong pid() {
        Process running = process;
        return running != null && running.isAlive()
                ? java.util.OptionalLong.of(running.pid())
                : java.util.OptionalLong.empty();
    }

    /** SIGKILL to the process and its descendants, no grace: a crash, for fault tests. */
    void kill() {
        if (process != null) {
            kill(process.toHandle());
        }
        stop(Duration.ZERO);
    }

    /** SIGKILL to {@code handle} and its descendants; returns once they are gone. */
    static void kill(ProcessHandle handle) {
        List<ProcessHandle> descendants = handle.descendants().toList();
        handle.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + handle.pid() + " survived SIGKILL for 30 s", e);
        }
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

    /** A process a previous launcher left running (it was killed with -9): end it before starting anew. */
    private void killLeftover() throws IOException {
        killLeftover(name, pidFile);
    }

    /**
     * Ends the live process whose pid {@code pidFile} holds, if any and if it is still the one the file
     * was written for, and removes the file. Pids are reused (pid_max is 32768 here): a stale file may
     * name another server of the stack by now, so a pid alone is never enough to end a process.
     */
    static void killLeftover(String name, Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover =
                fromPidFile(pidFile, pidFile.getParent().toString());
        Files.deleteIfExists(pidFile);
        leftover.ifPresent(handle -> {
            System.out.printf("[stack] %s: stopping leftover process %d%n", name, handle.pid());
            terminate(handle, Duration.ofSeconds(30));
        });
    }

    /**
     * The live process {@code pidFile} names, if it is the one the file was written for: the same start
     * time where the file records one (ours do), else a command line that contains {@code mustContain}
     * (files the servers write themselves hold only the pid).
     */
    static Optional<ProcessHandle> fromPidFile(Path pidFile, String mustContain) {
        String[] fields;
        try {
            fields = Files.readString(pidFile).trim().split("\\s+");
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(fields[0])).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (fields.length > 1 && !fields[1].equals("-1")) {
            long recorded = Long.parseLong(fields[1]);
            return handle.filter(h -> h.info()
                    .startInstant()
                    .map(start -> Math.abs(start.toEpochMilli() - recorded) < 1000)
                    .orElse(false));
        }
        return handle.filter(h -> commandLine(h).contains(mustContain));
    }

    /**
     * The command line as {@code /proc} has it (Redis rewrites its own into "binary host:port", which
     * {@link ProcessHandle.Info#commandLine()} does not report), else as the JDK reports it.
     */
    private static String commandLine(ProcessHandle handle) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(handle.pid()), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return handle.info().commandLine().orElse("");
        }
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
