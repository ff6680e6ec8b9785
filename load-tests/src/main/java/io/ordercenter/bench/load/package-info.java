/** Load generation for the benchmark: closed-loop workers and HdrHistogram samples. */
package io.ordercenter.bench.load;
