package io.ordercenter.async.redenvelope.application;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.redenvelope.domain.RedEnvelope;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.contracts.OrderEventType;
import java.time.Clock;
import java.util.Optional;

/** Grants a red envelope when an order completes, once per order. */
public final class RedEnvelopeProjection implements EventHandler {

    private final Grants grants;
    private final Timelines timelines;
    private final Clock clock;
    private final long amountCents;

    public RedEnvelopeProjection(Grants grants, Timelines timelines, Clock clock, long amountCents) {
        this.grants = grants;
        this.timelines = timelines;
        this.clock = clock;
        this.amountCents = amountCents;
    }

    @Override
    public String concern() {
        return "red-envelope";
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (event.event().type() != OrderEventType.ORDER_COMPLETED) {
            return;
        }
        Optional<RedEnvelope> earned = RedEnvelope.earnedBy(event.event(), event.requireOrder(), amountCents);
        if (earned.isEmpty()) {
            return;
        }
        grants.grant(earned.get());
        timelines.add(TimelineEntry.effect(
                event,
                TimelineEntry.RED_ENVELOPE_GRANTED,
                earned.get().grantId() + ": " + earned.get().amountCents() + " cents to user "
                        + earned.get().userId(),
                clock.instant()));
    }
}
