package io.ordercenter.async.platform.resilience;

/** The names of our dependencies, each with its own {@code resilience4j.*.instances.<name>} settings. */
public final class Dependencies {

    public static final String DATABASE = "database";
    public static final String REDIS = "redis";
    public static final String ELASTICSEARCH = "elasticsearch";
    public static final String PUSH = "push";
    public static final String COUPON = "coupon";
    public static final String INVENTORY = "inventory";
    public static final String PAYMENT = "payment";
    public static final String TRADE = "trade";

    private Dependencies() {}
}
