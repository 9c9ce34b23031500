/**
 * The HTTP face of Tessera: a Javalin server with a JSON REST API (described by the OpenAPI
 * document it serves at {@code /openapi.json}) and a small hand-written dashboard, plus the
 * {@code serve} and {@code demo} commands. The server knows the event store only through the
 * narrow {@link org.tessera.server.DashboardQueries} interface, so it never sees SQL or Lucene:
 * every request parameter is parsed into a typed, validated query record here
 * ({@link org.tessera.server.ApiParams}) and anything malformed becomes a 400 before it reaches
 * the store. Article text is untrusted all the way to the page: the API sends it as JSON data,
 * the dashboard builds DOM nodes with {@code textContent}, and a strict Content-Security-Policy
 * on every response forbids inline script.
 */
package org.tessera.server;
