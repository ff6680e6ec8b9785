/** HTTP endpoint of the user stats. */
package io.ordercenter.query.stats.web;
