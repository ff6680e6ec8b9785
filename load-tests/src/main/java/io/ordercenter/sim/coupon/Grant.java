package io.ordercenter.sim.coupon;

import java.time.Instant;

/** A red envelope granted to a user (for example as compensation). */
public record Grant(String grantId, long userId, long amountCents, String reason, Instant grantedAt) {}
