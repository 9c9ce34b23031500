package org.tessera.server;

import picocli.CommandLine.Option;

/** Where the server listens: shared by {@code serve} and {@code demo} (a picocli mixin). */
public final class ListenOptions {
    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    /** The port, checked: a bad one is a usage error before anything is loaded. */
    int port() {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, not " + port);
        return port;
    }

    String host() {
        return host;
    }
}
