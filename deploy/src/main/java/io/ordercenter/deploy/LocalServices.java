package io.ordercenter.deploy;

import io.ordercenter.deploy.stack.Stack;
import io.ordercenter.deploy.testkit.StackEndpoints;

/** Our own processes in the local run (simulator and services), started after the servers. */
final class LocalServices {

    private LocalServices() {}

    static void start(Stack stack) {
        // the simulator and the services join here as they are built
    }

    static void printSummary(Stack stack) {
        StackEndpoints e = stack.endpoints();
        System.out.println();
        System.out.println("Order Center local stack is up (Ctrl-C or ./ordercenter down to stop)");
        System.out.printf(
                "  MariaDB        %s:%d  user %s / %s  databases %s%n",
                e.mysqlHost(), e.mysqlPort(), e.mysqlUser(), e.mysqlPassword(), String.join(",", e.databases()));
        System.out.printf("  Redis          %s:%d%n", e.redisHost(), e.redisPort());
        System.out.printf("  Kafka          %s%n", e.kafkaBootstrap());
        System.out.printf("  Elasticsearch  %s%n", e.elasticsearchUrl());
        System.out.printf("  data           %s%n", stack.settings().home());
    }
}
