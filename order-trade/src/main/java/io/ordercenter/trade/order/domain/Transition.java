package io.ordercenter.trade.order.domain;

import io.ordercenter.contracts.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an intent on an {@link Order} did. A move the state does not allow at all is not a value but an
 * {@link IllegalStateTransitionException}.
 *
 * <ul>
 *   <li>{@link Applied}: the order changed; one {@link Change} per event, each with the order as that event left it;
 *   <li>{@link AlreadyDone}: the order had already carried out this intent; nothing changed, no events, same version
 *       (the API answers 200 with the order);
 *   <li>{@link Refused}: the state allows the intent but its data does not (wrong amount, another rider, a refund
 *       too large); nothing changed, the app answers with {@code code}.
 * </ul>
 */
public sealed interface Transition {

    /** The events to publish: empty unless {@link Applied}. */
    List<OrderDomainEvent> events();

    static Applied applied(Order order, OrderDomainEvent event) {
        return new Applied(List.of(new Change(order, event)));
    }

    static AlreadyDone alreadyDone(Order order) {
        return new AlreadyDone(order);
    }

    static Refused refused(ErrorCode code, String detail) {
        return new Refused(code, detail);
    }

    /** One event and the order as it left it (same version), so each event can carry its own snapshot. */
    record Change(Order order, OrderDomainEvent event) {
        public Change {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(event, "event");
            if (!order.id().equals(event.orderId()) || order.version() != event.version()) {
                throw new IllegalArgumentException("an event goes with its own order at its own version");
            }
        }
    }

    /** The order changed, one version per change; {@link #order()} is the order after the last one. */
    record Applied(List<Change> changes) implements Transition {
        public Applied {
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("a change causes at least one event");
            }
            for (int i = 1; i < changes.size(); i++) {
                if (changes.get(i).order().version()
                        != changes.get(i - 1).order().version() + 1) {
                    throw new IllegalArgumentException("changes follow each other one version at a time");
                }
            }
        }

        public Order order() {
            return changes.get(changes.size() - 1).order();
        }

        @Override
        public List<OrderDomainEvent> events() {
            return changes.stream().map(Change::event).toList();
        }

        /** This change followed by the one {@code next} makes on the resulting order. */
        Applied andThen(Function<Order, Applied> next) {
            List<Change> all = new ArrayList<>(changes);
            all.addAll(next.apply(order()).changes());
            return new Applied(all);
        }
    }

    /** The order had already made this move; {@code order} is the unchanged order. */
    record AlreadyDone(Order order) implements Transition {
        public AlreadyDone {
            Objects.requireNonNull(order, "order");
        }

        @Override
        public List<OrderDomainEvent> events() {
            return List.of();
        }
    }

    /** An expected business rejection; the order is unchanged. */
    record Refused(ErrorCode code, String detail) implements Transition {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public List<OrderDomainEvent> events() {
            return List.of();
        }
    }
}
