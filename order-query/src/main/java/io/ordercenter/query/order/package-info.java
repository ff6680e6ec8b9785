/** Reading orders: by id (Redis cache-aside over the order copy), and a user's or a shop's orders, newest first. */
package io.ordercenter.query.order;
