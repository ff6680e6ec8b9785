/** The four kinds of failure every service raises and maps to problem+json. */
package io.ordercenter.contracts.failure;
