package io.ordercenter.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The executable jar, as the local run starts it. */
class StandaloneJarIT {

    @Test
    void the_jar_starts_on_the_given_port_logs_one_ready_line_and_listens_on_loopback_only() throws Exception {
        Path jar = Path.of(System.getProperty("simulator.jar", "target/dependency-simulator.jar"));
        assertThat(jar).exists();
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-jar",
                        jar.toString(),
                        "--port",
                        Integer.toString(port),
                        "--callback-secret",
                        "jar-secret")
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLines(process, output), "simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Await.until(
                    "the ready line, output so far: " + output,
                    Duration.ofSeconds(30),
                    () -> output.stream().anyMatch(line -> line.contains("ready on")) || !process.isAlive());
            assertThat(process.isAlive()).as("running; output: %s", output).isTrue();
            assertThat(output.stream().filter(line -> line.contains("ready on")))
                    .singleElement()
                    .asString()
                    .contains("http://127.0.0.1:" + port)
                    .doesNotContain("jar-secret");

            SimClient sim = new SimClient("http://127.0.0.1:" + port);
            assertThat(sim.get("/shops/1").status()).isEqualTo(200);

            Optional<InetAddress> external = nonLoopbackAddress();
            assumeThat(external).as("a non-loopback address to probe").isPresent();
            assertThat(canConnect(new InetSocketAddress(external.get(), port)))
                    .as("reachable on %s", external.get())
                    .isFalse();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void an_unknown_option_is_refused_with_the_usage() throws Exception {
        Path jar = Path.of(System.getProperty("simulator.jar", "target/dependency-simulator.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--prot", "1")
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("unknown option --prot").contains("usage:");
    }

    private static void readLines(Process process, List<String> output) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("<output closed: " + e + ">");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    static boolean canConnect(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
