package io.ordercenter.async.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP dependencies of order-async, stubbed in-process on one loopback port (JDK HttpServer): the
 * push, coupon, inventory and payment services as the dependency simulator behaves (push and grants
 * deduplicated by id, refunds idempotent by refund id), and order-trade's internal endpoints, whose
 * behaviour a test plugs in. Records every call so tests can count effects.
 */
public final class StubServices {

    /** An HTTP answer of a plugged-in endpoint. */
    public record Answer(int status, Map<String, Object> body) {}

    private static final Pattern EXPIRE = Pattern.compile("/internal/v1/orders/(\\d+)/expire");
    private static final Pattern REFUND_SUCCEEDED =
            Pattern.compile("/internal/v1/orders/(\\d+)/refunds/([^/]+)/succeeded");
    private static final Pattern RESERVATION =
            Pattern.compile("/(inventory|coupons)/reservations/([^/]+)/(release|confirm)");

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Push requests by notification id (how often each was sent); a notification is delivered once. */
    public final Map<String, AtomicInteger> pushRequests = new ConcurrentHashMap<>();
    /** Delivered notifications by id: the push service delivers an id once. */
    public final Map<String, Map<String, Object>> pushDelivered = new ConcurrentHashMap<>();
    /** Grant requests by grant id, and the grants made (once per id). */
    public final Map<String, AtomicInteger> grantRequests = new ConcurrentHashMap<>();

    public final Map<String, Map<String, Object>> grants = new ConcurrentHashMap<>();
    /** Refund attempts by refund id, failures still to answer per refund id, and the refunds paid. */
    public final Map<String, AtomicInteger> refundAttempts = new ConcurrentHashMap<>();

    public final Map<String, AtomicInteger> refundFailuresLeft = new ConcurrentHashMap<>();
    public final Map<String, Map<String, Object>> refunds = new ConcurrentHashMap<>();
    /** Reservation calls, e.g. {@code inventory inv-42 release}. */
    public final List<String> reservationCalls = new CopyOnWriteArrayList<>();
    /** order-trade calls, e.g. {@code expire 42}, with the roles of their bearer token. */
    public final List<String> tradeCalls = new CopyOnWriteArrayList<>();

    private volatile boolean pushDown;
    private volatile Function<Long, Answer> expire = orderId -> new Answer(404, Map.of("code", "ORDER_NOT_FOUND"));
    private volatile Function<String, Answer> refundSucceeded = refundId -> new Answer(200, Map.of());

    private StubServices(HttpServer server) {
        this.server = server;
    }

    public static StubServices start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubServices stubs = new StubServices(server);
            server.createContext("/", stubs::handle);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
            return stubs;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the stub services", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void pushDown(boolean down) {
        this.pushDown = down;
    }

    public void onExpire(Function<Long, Answer> behaviour) {
        this.expire = behaviour;
    }

    public void onRefundSucceeded(Function<String, Answer> behaviour) {
        this.refundSucceeded = behaviour;
    }

    /** The channel answers 503 to the next {@code failures} attempts of {@code refundId}. */
    public void failRefund(String refundId, int failures) {
        refundFailuresLeft.put(refundId, new AtomicInteger(failures));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            @SuppressWarnings("unchecked")
            Map<String, Object> body = raw.length == 0 ? Map.of() : json.readValue(raw, Map.class);
            Answer answer = route(path, body, exchange.getRequestHeaders().getFirst("Authorization"));
            reply(exchange, answer);
        } catch (RuntimeException e) {
            reply(exchange, new Answer(500, Map.of("error", e.toString())));
        }
    }

    private Answer route(String path, Map<String, Object> body, String authorization) {
        if (path.equals("/push")) {
            if (pushDown) {
                return new Answer(503, Map.of("code", "UNAVAILABLE"));
            }
            String id = String.valueOf(body.get("notificationId"));
            pushRequests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            boolean first = pushDelivered.putIfAbsent(id, body) == null;
            return new Answer(202, Map.of("notificationId", id, "duplicate", !first));
        }
        if (path.equals("/coupons/grants")) {
            String id = String.valueOf(body.get("grantId"));
            grantRequests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            grants.putIfAbsent(id, body);
            return new Answer(200, Map.of("grantId", id, "status", "GRANTED"));
        }
        if (path.equals("/refunds")) {
            String id = String.valueOf(body.get("refundId"));
            refundAttempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            AtomicInteger failures = refundFailuresLeft.get(id);
            if (failures != null && failures.getAndDecrement() > 0) {
                return new Answer(503, Map.of("code", "UNAVAILABLE"));
            }
            refunds.putIfAbsent(id, body);
            return new Answer(200, Map.of("refundId", id, "status", "SUCCEEDED"));
        }
        Matcher reservation = RESERVATION.matcher(path);
        if (reservation.matches()) {
            reservationCalls.add(reservation.group(1) + " " + reservation.group(2) + " " + reservation.group(3));
            return new Answer(200, Map.of("reservationId", reservation.group(2)));
        }
        Matcher expireCall = EXPIRE.matcher(path);
        if (expireCall.matches()) {
            tradeCalls.add("expire " + expireCall.group(1) + " " + roles(authorization));
            return expire.apply(Long.parseLong(expireCall.group(1)));
        }
        Matcher succeeded = REFUND_SUCCEEDED.matcher(path);
        if (succeeded.matches()) {
            tradeCalls.add("refund-succeeded " + succeeded.group(2) + " " + roles(authorization));
            return refundSucceeded.apply(succeeded.group(2));
        }
        return new Answer(404, Map.of("code", "NOT_FOUND"));
    }

    /** The {@code roles} claim of a bearer token (not verified: order-trade's job), or {@code none}. */
    private String roles(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "none";
        }
        String[] parts = authorization.substring(7).split("\\.");
        Map<?, ?> claims = json.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        return String.valueOf(claims.get("roles"));
    }

    private void reply(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = json.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders()
                .add("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
