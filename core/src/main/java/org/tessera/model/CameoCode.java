package org.tessera.model;

import java.util.Objects;

/**
 * One entry of the CAMEO event codebook.
 *
 * @param code      2 to 4 digits ("04", "042", "0331")
 * @param name      the codebook's short name
 * @param goldstein Goldstein scale value, -10..+10
 * @param quad      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String name, double goldstein, int quad) {
    public CameoCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{2,4}")) throw new IllegalArgumentException("bad CAMEO code: " + code);
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("Goldstein out of range for " + code);
        if (quad < 1 || quad > 4) throw new IllegalArgumentException("quad class out of range for " + code);
    }

    public String root() {
        return code.substring(0, 2);
    }
}
