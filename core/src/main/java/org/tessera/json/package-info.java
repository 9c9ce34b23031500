/**
 * Events to and from the contract's JSON Lines form ({@code shared/contract/events-jsonl.md}):
 * field names, order and value formats live here and nowhere else, so the CLI, the store's
 * export, the REST API and the Spark job print the same records.
 */
package org.tessera.json;
