package io.ordercenter.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    private Process other;

    @BeforeEach
    void startAnUnrelatedProcess() throws Exception {
        other = new ProcessBuilder("sleep", "60").start();
    }

    @AfterEach
    void endIt() {
        other.destroyForcibly();
    }

    @Test
    void a_stale_pid_file_whose_pid_now_belongs_to_another_process_does_not_end_it() throws Exception {
        Path pidFile = dir.resolve("kafka-2.pid");
        long someOtherStart = other.info().startInstant().orElseThrow().toEpochMilli() - 60_000;
        Files.writeString(pidFile, other.pid() + " " + someOtherStart);

        ChildProcess.killLeftover("kafka-2", pidFile);

        assertThat(other.waitFor(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void a_pid_only_file_ends_the_process_only_if_its_command_line_names_the_file_s_folder() throws Exception {
        Path pidFile = dir.resolve("mariadb.pid");
        Files.writeString(pidFile, Long.toString(other.pid()));

        ChildProcess.killLeftover("mariadb", pidFile);

        assertThat(other.waitFor(300, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void the_leftover_a_file_was_written_for_is_ended() throws Exception {
        Path pidFile = dir.resolve("order-query-1.pid");
        long start = other.info().startInstant().orElseThrow().toEpochMilli();
        Files.writeString(pidFile, other.pid() + " " + start);

        ChildProcess.killLeftover("order-query-1", pidFile);

        assertThat(other.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_pid_only_file_ends_a_process_whose_command_line_names_the_file_s_folder() throws Exception {
        Process ours = new ProcessBuilder("sh", "-c", "sleep 60; true", dir.toString()).start();
        try {
            Path pidFile = dir.resolve("mariadb.pid");
            Files.writeString(pidFile, Long.toString(ours.pid()));

            assertThat(ChildProcess.fromPidFile(pidFile, dir.toString())).isPresent();
            ChildProcess.killLeftover("mariadb", pidFile);

            assertThat(ours.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            ours.destroyForcibly();
        }
    }
}
