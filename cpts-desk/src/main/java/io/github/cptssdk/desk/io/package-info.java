/** The CSV and JSON formats of the desk (docs/desk.md). */
@NullMarked
package io.github.cptssdk.desk.io;

import org.jspecify.annotations.NullMarked;
