/** The benchmark's figures and the report it writes (Markdown, JSON, SVG charts). */
package io.ordercenter.bench.report;
