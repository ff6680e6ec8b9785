package io.ordercenter.deploy.stack;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * One server of the stack as a Docker container (Testcontainers), published on 127.0.0.1 only.
 *
 * <p>The first start creates the container; {@link #stop()} stops it and {@link #start()} starts the
 * same container again, so its data and its host port survive a fault test. {@link #close()}
 * removes it; if the launcher dies first, Testcontainers' reaper removes it.
 */
final class ContainerServer implements ManagedServer {

    private final String name;
    private final String role;
    private final String address;
    private final Supplier<GenericContainer<?>> definition;
    private final BooleanSupplier answers;
    private final ReadyStep afterStart;
    private final Duration startTimeout;
    private final Path log;
    private GenericContainer<?> container;

    /** What must hold or be done once the server answers, before anyone uses it (e.g. topics). */
    @FunctionalInterface
    interface ReadyStep {
        void run() throws Exception;
    }

    ContainerServer(
            String name,
            String role,
            String address,
            Supplier<GenericContainer<?>> definition,
            BooleanSupplier answers,
            ReadyStep afterStart,
            Duration startTimeout,
            Path log) {
        this.name = name;
        this.role = role;
        this.address = address;
        this.definition = definition;
        this.answers = answers;
        this.afterStart = afterStart;
        this.startTimeout = startTimeout;
        this.log = log;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String role() {
        return role;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public synchronized void start() throws Exception {
        if (isRunning()) {
            return;
        }
        if (container == null) {
            Files.createDirectories(log.getParent());
            GenericContainer<?> created = definition.get();
            created.withLogConsumer(new FileLogConsumer(log));
            created.waitingFor(new AnswersWait(name, answers).withStartupTimeout(startTimeout));
            created.start();
            container = created;
        } else {
            docker().startContainerCmd(container.getContainerId()).exec();
            Ports.await(name + " container to answer again (log: " + log + ")", startTimeout, answers);
        }
        afterStart.run();
    }

    @Override
    public synchronized void stop() {
        if (container == null || !containerRunning()) {
            return;
        }
        docker().stopContainerCmd(container.getContainerId()).withTimeout(30).exec();
        Ports.await(name + " to stop answering", Duration.ofSeconds(40), () -> !answers.getAsBoolean());
    }

    @Override
    public synchronized boolean isRunning() {
        return container != null && containerRunning() && answers.getAsBoolean();
    }

    /** Removes the container and its data. */
    @Override
    public synchronized void close() {
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    /** The container while it exists (for tests that inspect its configuration). */
    synchronized GenericContainer<?> container() {
        return container;
    }

    private boolean containerRunning() {
        return Boolean.TRUE.equals(docker().inspectContainerCmd(container.getContainerId())
                .exec()
                .getState()
                .getRunning());
    }

    private DockerClient docker() {
        return container.getDockerClient();
    }

    /** Testcontainers' start waits on our own probe instead of its port check. */
    private static final class AnswersWait extends AbstractWaitStrategy {
        private final String name;
        private final BooleanSupplier answers;

        AnswersWait(String name, BooleanSupplier answers) {
            this.name = name;
            this.answers = answers;
        }

        @Override
        protected void waitUntilReady() {
            Ports.await(name + " container to answer", startupTimeout, answers);
        }
    }

    /** Appends the container's output to a file under the stack home, for post-mortems. */
    private static final class FileLogConsumer implements Consumer<OutputFrame> {
        private final Path file;

        FileLogConsumer(Path file) {
            this.file = file;
        }

        @Override
        public synchronized void accept(OutputFrame frame) {
            byte[] bytes = frame.getBytes();
            if (bytes == null) {
                return;
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(bytes);
            } catch (IOException ignored) {
                // a lost log line must not fail the server
            }
        }
    }
}
