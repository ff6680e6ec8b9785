package io.ordercenter.trade.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code POST /orders/{id}/refunds}: without {@code amountCents} the whole refundable amount. */
public record RefundRequest(@NotBlank @Size(max = 255) String reason, @Positive Long amountCents) {}
