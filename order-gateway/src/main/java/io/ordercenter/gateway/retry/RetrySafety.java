package io.ordercenter.gateway.retry;

import org.springframework.http.HttpMethod;

/**
 * Whether a failed attempt may be repeated on another instance. A request that never reached an
 * instance may always be sent again. One that may have reached it only when a repeat cannot do
 * twice what the caller meant once: reads, a POST carrying an {@code Idempotency-Key} (the service
 * answers a repeat with the first outcome), and the signed payment callback (order-trade applies a
 * payment result once). Any other POST that was sent is never repeated.
 */
public final class RetrySafety {

    private RetrySafety() {}

    public static boolean mayRepeat(
            HttpMethod method, boolean carriesIdempotencyKey, boolean signedCallback, Delivery delivery) {
        if (delivery == Delivery.NOT_SENT) {
            return true;
        }
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return true;
        }
        return HttpMethod.POST.equals(method) && (carriesIdempotencyKey || signedCallback);
    }
}
