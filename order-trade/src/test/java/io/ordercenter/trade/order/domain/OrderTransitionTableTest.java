package io.ordercenter.trade.order.domain;

import static io.ordercenter.trade.order.domain.Orders.PAYABLE;
import static io.ordercenter.trade.order.domain.Orders.PAYMENT;
import static io.ordercenter.trade.order.domain.Orders.RIDER;
import static io.ordercenter.trade.order.domain.Orders.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.trade.refund.domain.Refund;
import io.ordercenter.trade.refund.domain.RefundId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every intent against an order in every situation, checked against one explicit table. A cell is the status the
 * order moves to, {@code =} for "already done" (no change, no events, same version), {@code 409} for an illegal
 * transition, or the {@link ErrorCode} of a refusal.
 */
class OrderTransitionTableTest {

    private static final String TABLE =
            """
            situation        PAY  ACCEPT   REJECT    READY PICK_UP    DELIVER   CONFIRM   CANCEL_USER CANCEL_SUPPORT CANCEL_TIMEOUT REFUND             REFUND_DONE
            CREATED          PAID 409      409       409   409        409       409       CANCELLED   CANCELLED      CANCELLED      409                409
            PAID             =    ACCEPTED CANCELLED 409   409        409       409       CANCELLED   CANCELLED      409            409                409
            ACCEPTED         =    =        409       READY 409        409       409       409         409            409            409                409
            READY            =    =        409       =     DELIVERING 409       409       409         409            409            409                409
            DELIVERING       =    =        409       =     =          DELIVERED 409       409         409            409            409                409
            DELIVERED        =    =        409       =     =          =         COMPLETED 409         409            409            DELIVERED          409
            DELIVERED_REFUND =    =        409       =     =          =         COMPLETED 409         409            409            REFUND_IN_PROGRESS DELIVERED
            COMPLETED        =    =        409       =     =          =         =         409         409            409            COMPLETED          409
            CANCELLED_UNPAID 409  409      =         409   409        409       409       =           =              =              409                409
            CANCELLED_PAID   =    409      =         409   409        409       409       =           =              =              409                CANCELLED
            REJECTED         =    409      =         409   409        409       409       =           =              =              409                CANCELLED
            """;

    /** An order in a given situation, reached through the intents. */
    enum Situation {
        CREATED(Orders::createdOrder),
        PAID(Orders::paidOrder),
        ACCEPTED(Orders::acceptedOrder),
        READY(Orders::readyOrder),
        DELIVERING(Orders::deliveringOrder),
        DELIVERED(Orders::deliveredOrder),
        DELIVERED_REFUND(Orders::deliveredOrderWithOpenRefund),
        COMPLETED(Orders::completedOrder),
        CANCELLED_UNPAID(Orders::cancelledUnpaidOrder),
        CANCELLED_PAID(Orders::cancelledPaidOrder),
        REJECTED(Orders::rejectedOrder);

        final Supplier<Order> order;

        Situation(Supplier<Order> order) {
            this.order = order;
        }
    }

    /** Each intent, made by the same payment and rider that the mother's orders used. */
    enum Action {
        PAY(OrderAction.PAY, o -> o.pay(PAYMENT, PAYABLE, at(60))),
        ACCEPT(OrderAction.ACCEPT, o -> o.accept(at(60))),
        REJECT(OrderAction.REJECT, o -> o.reject("too busy", at(60))),
        READY(OrderAction.MARK_READY, o -> o.markReady(at(60))),
        PICK_UP(OrderAction.PICK_UP, o -> o.pickUp(RIDER, at(60))),
        DELIVER(OrderAction.DELIVER, o -> o.deliver(RIDER, at(60))),
        CONFIRM(OrderAction.CONFIRM, o -> o.confirm(at(60))),
        CANCEL_USER(OrderAction.CANCEL, o -> o.cancel("ordered twice", Canceller.USER, at(60))),
        CANCEL_SUPPORT(OrderAction.CANCEL, o -> o.cancel("customer called", Canceller.SUPPORT, at(60))),
        CANCEL_TIMEOUT(OrderAction.CANCEL, o -> o.cancel("not paid in time", Canceller.SYSTEM, at(60))),
        /** A new after-sale refund of 1.00. */
        REFUND(OrderAction.REQUEST_REFUND, o -> o.requestRefund(new RefundId("after-sale-1"), 100, "cold", at(60))),
        /** The channel confirms the open refund, or one the order never requested if none is open. */
        REFUND_DONE(
                OrderAction.COMPLETE_REFUND,
                o -> o.refundSucceeded(o.openRefund().map(Refund::id).orElse(new RefundId("never-requested")), at(60)));

        final OrderAction intent;
        final Function<Order, Transition> apply;

        Action(OrderAction intent, Function<Order, Transition> apply) {
            this.intent = intent;
            this.apply = apply;
        }
    }

    static Stream<Arguments> table() {
        List<String> rows = TABLE.lines().filter(line -> !line.isBlank()).toList();
        List<Action> actions = Arrays.stream(rows.get(0).trim().split("\\s+"))
                .skip(1)
                .map(Action::valueOf)
                .toList();
        List<Arguments> cells = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cell = row.trim().split("\\s+");
            assertThat(cell).as("cells of row %s", cell[0]).hasSize(actions.size() + 1);
            for (int i = 0; i < actions.size(); i++) {
                cells.add(Arguments.of(Situation.valueOf(cell[0]), actions.get(i), cell[i + 1]));
            }
        }
        return cells.stream();
    }

    @Test
    void the_table_covers_every_situation_and_every_action() {
        List<Arguments> cells = table().toList();
        assertThat(cells).hasSize(Situation.values().length * Action.values().length);
        assertThat(cells.stream().map(c -> (Situation) c.get()[0]).distinct()).containsExactly(Situation.values());
        assertThat(cells.stream().map(c -> (Action) c.get()[1]).distinct()).containsExactly(Action.values());
        EnumSet<OrderAction> intents = EnumSet.noneOf(OrderAction.class);
        Arrays.stream(Action.values()).forEach(a -> intents.add(a.intent));
        assertThat(intents).isEqualTo(EnumSet.allOf(OrderAction.class));
    }

    @ParameterizedTest(name = "{1} on {0} -> {2}")
    @MethodSource("table")
    void every_intent_in_every_situation_does_what_the_table_says(Situation situation, Action action, String expected) {
        Order before = situation.order.get();

        if (expected.equals("409")) {
            assertThatThrownBy(() -> action.apply.apply(before))
                    .isInstanceOfSatisfying(IllegalStateTransitionException.class, e -> {
                        assertThat(e.orderId()).isEqualTo(before.id());
                        assertThat(e.from()).isEqualTo(before.status());
                        assertThat(e.action()).isEqualTo(action.intent);
                    });
            return;
        }

        Transition transition = action.apply.apply(before);
        if (expected.equals("=")) {
            assertThat(transition).isInstanceOf(Transition.AlreadyDone.class);
            assertThat(((Transition.AlreadyDone) transition).order()).isSameAs(before);
            assertThat(transition.events()).isEmpty();
        } else if (isErrorCode(expected)) {
            assertThat(transition)
                    .isInstanceOfSatisfying(Transition.Refused.class, refused -> assertThat(refused.code())
                            .isEqualTo(ErrorCode.valueOf(expected)));
        } else {
            assertThat(transition).isInstanceOf(Transition.Applied.class);
            Order after = ((Transition.Applied) transition).order();
            List<OrderDomainEvent> events = transition.events();
            assertThat(after.status()).isEqualTo(OrderStatus.valueOf(expected));
            assertThat(events).isNotEmpty();
            assertThat(events.get(0).fromStatus()).isEqualTo(before.status());
            assertThat(events.get(events.size() - 1).toStatus()).isEqualTo(after.status());
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).version()).isEqualTo(before.version() + i + 1);
                assertThat(events.get(i).orderId()).isEqualTo(before.id());
            }
            assertThat(after.version()).isEqualTo(before.version() + events.size());
        }
    }

    private static boolean isErrorCode(String cell) {
        return Arrays.stream(ErrorCode.values()).anyMatch(code -> code.name().equals(cell));
    }
}
