/** order-identity, the identity provider of Order Center (Spring Authorization Server). */
package io.ordercenter.identity;
