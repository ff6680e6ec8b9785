package io.ordercenter.sim.catalog;

/** A customer; members get the delivery fee waived. */
public record User(long userId, String name, String phone, boolean member) {}
