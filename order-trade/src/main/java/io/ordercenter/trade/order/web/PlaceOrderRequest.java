package io.ordercenter.trade.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/v1/orders}. No prices: the server prices every order. */
public record PlaceOrderRequest(
        @NotBlank @Pattern(regexp = "\\d{1,18}", message = "must be a numeric id") String shopId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> items,
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a coupon code") String couponId,
        @NotNull @Valid Address address,
        @Size(max = 500) String remark) {

    public record Line(
            @NotBlank @Pattern(regexp = "\\d{1,18}", message = "must be a numeric id") String skuId,
            @NotNull @Min(1) @Max(99) Integer quantity) {}

    public record Address(
            @NotBlank @Size(max = 64) String contactName,
            @NotBlank @Pattern(regexp = "\\+?\\d{6,20}", message = "must be 6 to 20 digits") String phone,
            @NotBlank @Size(max = 255) String line1,
            @NotBlank @Size(max = 64) String city,
            @DecimalMin("-90") @DecimalMax("90") Double lat,
            @DecimalMin("-180") @DecimalMax("180") Double lng) {}
}
