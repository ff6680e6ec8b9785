package io.ordercenter.contracts;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who makes a request, from the bearer token: {@code sub}, {@code roles} and, for merchants,
 * {@code shop_id}. Holds the access rules of the public API as plain logic, so every service
 * applies the same ones and they are unit-tested without a web stack.
 */
public record Caller(String subject, Set<Role> roles, Optional<String> shopId) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        shopId = shopId == null ? Optional.empty() : shopId;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSupport() {
        return has(Role.SUPPORT);
    }

    /** A user sees their own orders and stats; support sees everyone's. */
    public boolean mayActForUser(String userId) {
        return isSupport() || (has(Role.USER) && subject.equals(userId));
    }

    /** A merchant works on their own shop's orders; support on every shop's. */
    public boolean mayActForShop(String shop) {
        return isSupport() || (has(Role.MERCHANT) && shopId.map(shop::equals).orElse(false));
    }

    /** A rider sees the orders assigned to them. */
    public boolean isAssignedRider(String riderId) {
        return has(Role.RIDER) && riderId != null && subject.equals(riderId);
    }

    /** Who may read one order: its user, its shop's merchant, its rider, support. */
    public boolean mayRead(OrderSnapshot order) {
        return mayActForUser(order.userId()) || mayActForShop(order.shopId()) || isAssignedRider(order.riderId());
    }

    /** Whether this caller sees the customer's full phone number (the owner and support do). */
    public boolean seesFullPhone(OrderSnapshot order) {
        return mayActForUser(order.userId());
    }
}
