/** The {@code ./cpts demo} command: the whole job on bundled data, with an HTML report. */
@NullMarked
package io.github.cptssdk.cli.demo;

import org.jspecify.annotations.NullMarked;
