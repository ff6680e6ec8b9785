package io.ordercenter.sim.http.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.ordercenter.sim.http.Dispatcher;
import io.ordercenter.sim.http.Route;
import io.ordercenter.sim.http.Routes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WireMock serving the route table on 127.0.0.1 only.
 *
 * <p>Injected latency must not hold a server thread, or one hanging dependency would starve the others.
 * With asynchronous responses on, WireMock answers a delayed stub by suspending the request (servlet
 * async) and scheduling the write, so the Jetty thread returns at once. Jetty's async timeout (WireMock's
 * {@code timeout}) and the connection idle timeout are both set above the longest injectable latency, so
 * a held-back answer is always written to its own, still-open request.
 */
public final class WireMockHttpServer implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(WireMockHttpServer.class);
    private static final int LOWEST_PRIORITY = 100;

    private final WireMockServer server;

    private WireMockHttpServer(WireMockServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code routes} on {@code port} (0: any free port).
     *
     * @param maxDelayMillis the longest delay the dispatcher may ask for
     */
    public static WireMockHttpServer start(
            int port, int containerThreads, int maxDelayMillis, Routes routes, Dispatcher dispatcher) {
        int heldBackLimit = maxDelayMillis + 30_000;
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(LOOPBACK)
                .port(port)
                .containerThreads(containerThreads)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .timeout(heldBackLimit)
                .jettyIdleTimeout((long) heldBackLimit)
                .jettyStopTimeout(1_000L)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .templatingEnabled(false)
                .gzipDisabled(true)
                .mappingSource(new NoStubFiles())
                .adminAuthenticator(adminRequest -> false)
                .notifier(new LogNotifier())
                .extensions(new RouteTransformer(routes, dispatcher));
        WireMockServer server = new WireMockServer(options);
        for (Route route : routes.all()) {
            server.stubFor(
                    request(route.method().name(), urlPathTemplate(route.path().template()))
                            .willReturn(aResponse()
                                    .withTransformers(RouteTransformer.NAME)
                                    .withTransformerParameter(RouteTransformer.ROUTE_PARAMETER, route.id())));
        }
        server.stubFor(any(anyUrl())
                .atPriority(LOWEST_PRIORITY)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"NOT_FOUND\"}")));
        server.start();
        return new WireMockHttpServer(server);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** The stubs come from the route table, never from {@code mappings/} files in the working directory. */
    @SuppressWarnings("removal") // MappingsSaver.remove(StubMapping) is deprecated, yet still abstract
    private static final class NoStubFiles implements MappingsSource {

        @Override
        public void loadMappingsInto(StubMappings stubMappings) {}

        @Override
        public void save(List<StubMapping> stubMappings) {}

        @Override
        public void save(StubMapping stubMapping) {}

        @Override
        public void remove(StubMapping stubMapping) {}

        @Override
        public void removeAll() {}
    }

    /** WireMock's own messages, into our log; its per-request info is dropped. */
    private static final class LogNotifier implements Notifier {

        @Override
        public void info(String message) {}

        @Override
        public void error(String message) {
            log.warn("wiremock: {}", message);
        }

        @Override
        public void error(String message, Throwable t) {
            log.warn("wiremock: {}", message, t);
        }
    }
}
