package io.ordercenter.sim.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The services the simulator stands in for; {@link #key()} is the name used on the wire. */
public enum Dependency {
    SHOP,
    MENU,
    USER,
    INVENTORY,
    COUPON,
    PAYMENT,
    PUSH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dependency named {@code key}, in any case. */
    public static Optional<Dependency> fromKey(String key) {
        return Arrays.stream(values())
                .filter(d -> d.key().equalsIgnoreCase(key))
                .findFirst();
    }
}
