/** The stack's servers (embedded from Maven artifacts, or Docker containers), their start, stop, health and control API. */
package io.ordercenter.deploy.stack;
