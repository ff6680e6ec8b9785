package io.ordercenter.async.platform.http;

/** The HTTP dependencies of order-async, each behind its own guard. */
public record HttpDependencies(
        HttpDependency push,
        HttpDependency coupon,
        HttpDependency inventory,
        HttpDependency payment,
        HttpDependency trade) {}
