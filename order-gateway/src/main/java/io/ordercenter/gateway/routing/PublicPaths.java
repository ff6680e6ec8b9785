package io.ordercenter.gateway.routing;

/** The path families the edge treats apart from routing. */
public final class PublicPaths {

    public static final String PAYMENT_CALLBACK = "/api/v1/payments/callback";

    private PublicPaths() {}

    public static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    public static boolean isPaymentCallback(String path) {
        return PAYMENT_CALLBACK.equals(path);
    }
}
