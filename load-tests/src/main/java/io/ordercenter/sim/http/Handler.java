package io.ordercenter.sim.http;

/** Answers one call of one route. */
@FunctionalInterface
public interface Handler {

    Reply handle(Call call);
}
