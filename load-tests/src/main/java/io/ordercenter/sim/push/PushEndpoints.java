package io.ordercenter.sim.push;

import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.http.BadRequest;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.JsonBody;
import io.ordercenter.sim.http.Method;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Routes;
import io.ordercenter.sim.push.Notification.RecipientType;
import java.time.Clock;
import java.util.List;

/** {@code POST /push} and {@code GET /sim/push}. */
public final class PushEndpoints {

    private final PushGateway gateway;
    private final Clock clock;

    public PushEndpoints(PushGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public void register(Routes routes) {
        routes.service(Dependency.PUSH, Method.POST, "/push", this::push)
                .control(Method.GET, "/sim/push", this::delivered);
    }

    private Reply push(Call call) {
        JsonBody body = call.json();
        Notification notification = new Notification(
                body.id("notificationId"),
                recipientType(body.text("recipientType")),
                body.id("recipientId"),
                body.id("orderId"),
                body.text("title"),
                body.text("body"),
                clock.instant());
        boolean delivered = gateway.deliver(notification);
        return Reply.accepted(Json.object("notificationId", notification.notificationId(), "duplicate", !delivered));
    }

    private Reply delivered(Call call) {
        List<NotificationView> items = gateway.delivered(call.query("orderId")).stream()
                .map(NotificationView::of)
                .toList();
        return Reply.ok(Json.object("items", items));
    }

    private static RecipientType recipientType(String raw) {
        try {
            return RecipientType.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("recipientType must be USER, MERCHANT or RIDER");
        }
    }

    /** The wire form of a delivered notification. */
    public record NotificationView(
            String notificationId,
            String recipientType,
            String recipientId,
            String orderId,
            String title,
            String body,
            String deliveredAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(
                    n.notificationId(),
                    n.recipientType().name(),
                    n.recipientId(),
                    n.orderId(),
                    n.title(),
                    n.body(),
                    n.deliveredAt().toString());
        }
    }
}
