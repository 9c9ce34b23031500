package org.tessera.server;

/** An actor code (country + role) and how many events name it as source or target. */
public record ActorCount(String code, String country, String role, long events) {
}
