package io.ordercenter.trade.order.infrastructure.http;

import io.ordercenter.trade.order.application.Catalog;
import io.ordercenter.trade.order.domain.ShopId;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes one read-only call to each lookup dependency at start-up, so that connection set-up and
 * the first JSON mapping are not paid by a customer's first order (on a cold JVM that alone can
 * exceed a dependency's time limit). Failures are only logged: readiness does not wait on them.
 */
@Component
class DependencyWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DependencyWarmUp.class);

    private final Catalog catalog;

    DependencyWarmUp(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int round = 0; round < 3; round++) {
            CompletableFuture.allOf(
                            quietly(catalog.shop(new ShopId(1))),
                            quietly(catalog.menu(new ShopId(1), Set.of(new SkuId(101)))),
                            quietly(catalog.member(new UserId(1))))
                    .join();
        }
        log.info("dependency clients warmed up");
    }

    private static CompletableFuture<?> quietly(CompletableFuture<?> call) {
        return call.exceptionally(failure -> null);
    }
}
