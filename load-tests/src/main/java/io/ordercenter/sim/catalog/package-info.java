/** The shop, menu and user services: read-only demo data, except a shop's open flag. */
package io.ordercenter.sim.catalog;
