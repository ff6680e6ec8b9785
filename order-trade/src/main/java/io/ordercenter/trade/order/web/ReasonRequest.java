package io.ordercenter.trade.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A body that only says why: cancel and reject. */
public record ReasonRequest(@NotBlank @Size(max = 255) String reason) {}
