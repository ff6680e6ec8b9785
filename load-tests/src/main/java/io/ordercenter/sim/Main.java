package io.ordercenter.sim;

import io.ordercenter.sim.payment.PaymentOutcome;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar load-tests/target/dependency-simulator.jar [--port 8090] [--callback-secret <s>]
 * [--callback-delay-ms 500] [--payment-outcome SUCCESS|FAILED] [--no-callbacks]}. The secret may also
 * come from the environment variable {@value #SECRET_ENV}, which keeps it out of the process list.
 */
public final class Main {

    static final String SECRET_ENV = "ORDERCENTER_SIM_CALLBACK_SECRET";

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private static final String USAGE = "usage: java -jar dependency-simulator.jar [--port 8090]"
            + " [--callback-secret <secret>] [--callback-delay-ms 500] [--payment-outcome SUCCESS|FAILED]"
            + " [--no-callbacks]   (secret also from $" + SECRET_ENV + ")";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args, System.getenv(SECRET_ENV));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(USAGE);
            return;
        }
        DependencySimulator simulator;
        try {
            simulator = DependencySimulator.start(config);
        } catch (RuntimeException e) {
            log.error("dependency simulator failed to start on 127.0.0.1:{}: {}", config.port(), e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulator.close();
                            stopped.countDown();
                        },
                        "dependency-simulator-stop"));
        log.info(
                "dependency simulator ready on {} (shop, menu, user, inventory, coupon, payment, push; control API"
                        + " under /sim; callback secret {})",
                simulator.baseUrl(),
                SimulatorConfig.DEFAULT_CALLBACK_SECRET.equals(config.callbackSecret()) ? "default" : "custom");
        stopped.await();
    }

    /** The configuration the arguments ask for; null when they ask for help. */
    static SimulatorConfig parse(String[] args, String secretFromEnvironment) {
        SimulatorConfig config = SimulatorConfig.defaults();
        if (secretFromEnvironment != null && !secretFromEnvironment.isEmpty()) {
            config = config.withCallbackSecret(secretFromEnvironment);
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--no-callbacks" -> config = config.withCallbacksEnabled(false);
                case "--port", "--callback-secret", "--callback-delay-ms", "--payment-outcome" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    config = apply(config, name, value);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return config;
    }

    private static SimulatorConfig apply(SimulatorConfig config, String name, String value) {
        try {
            return switch (name) {
                case "--port" -> config.withPort(Integer.parseInt(value));
                case "--callback-secret" -> config.withCallbackSecret(value);
                case "--callback-delay-ms" -> config.withCallbackDelay(Duration.ofMillis(Long.parseLong(value)));
                case "--payment-outcome" ->
                    config.withPaymentOutcome(PaymentOutcome.valueOf(value.toUpperCase(Locale.ROOT)));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, not " + value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }
}
