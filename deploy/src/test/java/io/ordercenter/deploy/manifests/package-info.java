/**
 * Checks of the deployment files: the one list of environment variables against what the processes read and
 * what the Kubernetes manifests and the compose file set, and the files' schemas.
 */
package io.ordercenter.deploy.manifests;
