/**
 * JMH micro-benchmarks of our own hot spots: actor dictionary look-up and the parse filter, the
 * boilerplate filter, intake of a page, the coder on sentences CoreNLP annotated beforehand, and
 * the store's writer on documents processed beforehand.
 * Not tests: surefire never runs them (no *Test/*IT names). Run, from the repository root:
 * <pre>
 * mvn -o -q -pl core test-compile
 * mvn -o -q -pl core org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test -Dexec.executable=java \
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main -f 1 -wi 3 -i 5 org.tessera.bench.jmh"
 * </pre>
 * (a class name instead of the package runs one benchmark; {@code -h} lists JMH's options). Two
 * commands, because {@code exec.args} would also replace the arguments of the build's own npm steps.
 */
package org.tessera.bench.jmh;
