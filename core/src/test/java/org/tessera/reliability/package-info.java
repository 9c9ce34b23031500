/**
 * Reliability tests: hostile inputs generated at run time (never committed as binaries), an
 * ingest killed at random points and resumed, the server under concurrent load while an ingest
 * writes, and security checks (XML external entities, path traversal, loopback binding). The
 * limits these tests hold the system to are described in {@code docs/limits.md}.
 */
package org.tessera.reliability;
