/**
 * The test suite's shared fixtures: annotated sentences from CoNLL-U ({@link org.tessera.testkit.Conllu})
 * so coding steps are tested without models, the one CoreNLP instance the integration tests share
 * ({@link org.tessera.testkit.SharedNlp}), the contract checker, hand-made evidence and the
 * language code of English as registered.
 */
package org.tessera.testkit;
