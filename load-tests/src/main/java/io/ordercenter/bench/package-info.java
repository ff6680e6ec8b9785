/** The benchmark of BENCHMARKS.md: ratios measured side by side against the local run, written as a report. */
package io.ordercenter.bench;
