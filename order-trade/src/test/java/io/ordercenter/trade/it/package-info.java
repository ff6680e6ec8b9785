/** Integration tests of order-trade against the real stack (MariaDB, Kafka) and the dependency simulator. */
package io.ordercenter.trade.it;
