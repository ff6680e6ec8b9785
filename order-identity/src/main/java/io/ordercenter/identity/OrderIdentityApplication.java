package io.ordercenter.identity;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** order-identity: issues the RS256 access tokens every Order Center service checks (port 9000). */
@SpringBootApplication
public class OrderIdentityApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SpringApplication.run(OrderIdentityApplication.class, args);
    }
}
