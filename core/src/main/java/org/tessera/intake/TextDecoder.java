package org.tessera.intake;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. Declared encodings (BOM, HTTP/HTML charset) win; otherwise UTF-8,
 * and where UTF-8 fails badly ICU's charset detector (windows-1251, ISO-8859-2, KOI8-R, Shift_JIS...),
 * then the legacy Cyrillic code pages, then Windows-1252. Decoding never fails: bad bytes become U+FFFD.
 */
final class TextDecoder {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** ICU's confidence (0-100) below which its guess is not taken. */
    private static final int MIN_CONFIDENCE = 30;
    /** So few non-ASCII bytes are stray broken sequences in UTF-8, too few for any statistics. */
    private static final int STRAY_BYTES = 3;
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset KOI8R = Charset.forName("KOI8-R");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Why bytes are not text, or empty when they look like text. */
    Optional<String> binaryReason(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) return Optional.of("binary content (PDF)");
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) return Optional.of("binary content (ZIP/Office archive)");
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 0x47, 0x49, 0x46, 0x38))
            return Optional.of("binary content (image)");
        if (startsWith(b, 0x1F, 0x8B)) return Optional.of("binary content (gzip)");
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) return Optional.empty(); // UTF-16 has NULs by design
        int n = Math.min(b.length, 65536);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) nul++;
            else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) control++;
        }
        if (nul > n / 200 + 1) return Optional.of("binary content (" + nul + " NUL bytes in the first " + n + ")");
        if (control > n / 20 + 1) return Optional.of("binary content (" + (100 * control / n) + "% control bytes)");
        return Optional.empty();
    }

    String decode(byte[] b, String mediaType, boolean html) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        if (startsWith(b, 0xFF, 0xFE)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(b, 0xFE, 0xFF)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        Optional<Charset> declared = declared(mediaType);
        if (declared.isEmpty() && html) {
            // The meta charset sits in the first few KB; ASCII-compatible decoding is enough to read it.
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE).matcher(head);
            if (m.find()) declared = charset(m.group(1));
        }
        if (declared.isPresent()) {
            Charset cs = declared.get();
            // Pages often claim ISO-8859-1 or ASCII but are UTF-8; trust valid UTF-8 over such claims.
            if (!isLatinClaim(cs) || strictUtf8(b) == null) return replaceDecode(b, cs);
        }
        String utf8 = strictUtf8(b);
        if (utf8 != null) return utf8;
        int high = 0;
        for (byte x : b) if ((x & 0x80) != 0) high++;
        String lenient = replaceDecode(b, StandardCharsets.UTF_8);
        long bad = lenient.chars().filter(c -> c == 0xFFFD).count();
        if (bad * 10 < high || high <= STRAY_BYTES) return lenient; // a few broken sequences in otherwise UTF-8 text
        Optional<Charset> detected = detect(b, html);
        if (detected.isPresent()) return replaceDecode(b, detected.get());
        String cp1251 = new String(b, CP1251);
        String koi8 = new String(b, KOI8R);
        double s1251 = russianScore(cp1251);
        double sKoi = russianScore(koi8);
        if (Math.max(s1251, sKoi) > 0.3) return s1251 >= sKoi ? cp1251 : koi8;
        if (bad * 100 < b.length) return lenient; // mostly ASCII with a stray broken sequence
        return new String(b, CP1252);
    }

    /**
     * ICU's statistical guess (byte patterns and letter frequencies per language) for text in a
     * legacy single- or multi-byte encoding, when it is confident enough.
     */
    private static Optional<Charset> detect(byte[] b, boolean html) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html); // markup would swamp the letter statistics
        detector.setText(b);
        CharsetMatch m = detector.detect();
        if (m == null || m.getConfidence() < MIN_CONFIDENCE) return Optional.empty();
        return charset(m.getName());
    }

    /** Share of Cyrillic letters that are the most common lower-case Russian letters. */
    private static double russianScore(String s) {
        int cyr = 0;
        int common = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'А' && c <= 'я') {
                cyr++;
                if ("оеаинтсрвл".indexOf(c) >= 0) common++;
            }
        }
        return cyr < 10 ? 0 : (double) common / cyr;
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String replaceDecode(byte[] b, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(b));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(b, cs);
        }
    }

    private static boolean isLatinClaim(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("us-ascii") || n.equals("windows-1252");
    }

    private static Optional<Charset> declared(String mediaType) {
        Matcher m = CHARSET.matcher(mediaType == null ? "" : mediaType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
