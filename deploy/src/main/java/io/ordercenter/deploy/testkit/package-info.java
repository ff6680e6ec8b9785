/** What integration tests use: one shared stack per build, its endpoints, and fault control of its servers. */
package io.ordercenter.deploy.testkit;
