package io.ordercenter.gateway.retry;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Repeats a request whose attempt failed in transport on another instance, where {@link
 * RetrySafety} allows it, within {@link RetryProperties}. Must wrap the load-balancer filter, so
 * that every attempt chooses its instance anew; the instances already tried are named in the
 * request attribute the instance list leaves out. An answer from an instance, whatever its status,
 * is the answer: only failures to get one are repeated.
 */
public final class RetryOnAnotherInstance implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    /** Request attribute the instance list reads (see the balancing package). */
    public static final String TRIED = "ordercenter.gateway.triedInstances";

    private static final Logger log = LoggerFactory.getLogger(RetryOnAnotherInstance.class);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RetryProperties properties;
    private final boolean signedCallback;
    private final LongSupplier nanoClock;

    public RetryOnAnotherInstance(RetryProperties properties, boolean signedCallback) {
        this(properties, signedCallback, System::nanoTime);
    }

    RetryOnAnotherInstance(RetryProperties properties, boolean signedCallback, LongSupplier nanoClock) {
        this.properties = properties;
        this.signedCallback = signedCallback;
        this.nanoClock = nanoClock;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        long start = nanoClock.getAsLong();
        boolean idempotencyKey = request.headers().firstHeader(IDEMPOTENCY_KEY) != null;
        for (int attempt = 1; ; attempt++) {
            BufferedBody.rewind(request.servletRequest());
            try {
                return next.handle(request);
            } catch (RuntimeException | java.io.IOException e) {
                Optional<Delivery> delivery = Delivery.of(e);
                if (delivery.isEmpty()) {
                    throw e;
                }
                String instance = triedInstance(request);
                boolean safe = RetrySafety.mayRepeat(request.method(), idempotencyKey, signedCallback, delivery.get());
                boolean inBounds = attempt < properties.maxAttempts()
                        && nanoClock.getAsLong() - start < properties.within().toNanos();
                if (!safe || !inBounds) {
                    log.warn(
                            "{} {}: attempt {} on {} failed ({}, {}); not repeated ({})",
                            request.method(),
                            request.path(),
                            attempt,
                            instance,
                            delivery.get(),
                            e.toString(),
                            safe ? "attempts or time spent" : "not safe to repeat");
                    throw new UpstreamFailure(delivery.get(), safe, e);
                }
                log.info(
                        "{} {}: attempt {} on {} failed ({}, {}); repeating on another instance",
                        request.method(),
                        request.path(),
                        attempt,
                        instance,
                        delivery.get(),
                        e.toString());
                remember(request, instance);
                closeResponse(request);
                if (!properties.backoff().isZero()) {
                    Thread.sleep(properties.backoff().toMillis());
                }
            }
        }
    }

    private static String triedInstance(ServerRequest request) {
        Object url = request.attributes().get(MvcUtils.GATEWAY_REQUEST_URL_ATTR);
        if (url instanceof URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }
        return "?";
    }

    @SuppressWarnings("unchecked")
    private static void remember(ServerRequest request, String instance) {
        Object tried = request.attributes().get(TRIED);
        Set<String> set = tried instanceof Set<?> s ? (Set<String>) s : new LinkedHashSet<>();
        set.add(instance);
        request.attributes().put(TRIED, set);
    }

    private static void closeResponse(ServerRequest request) {
        if (request.attributes().get(MvcUtils.CLIENT_RESPONSE_ATTR) instanceof ClientHttpResponse response) {
            response.close();
            request.attributes().remove(MvcUtils.CLIENT_RESPONSE_ATTR);
        }
    }
}
