/** One class per BENCHMARKS.md figure: how it is measured side by side and turned into a ratio. */
package io.ordercenter.bench.figures;
