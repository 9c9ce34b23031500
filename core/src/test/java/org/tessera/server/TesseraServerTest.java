package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server's own logic over hand-made events (no CoreNLP, no database): period axes, merging
 * months into quarters, errors. The same routes over the real store are in {@link ServerRoutesIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TesseraServerTest {
    private TesseraServer server;
    private Http http;

    @BeforeAll
    void start() {
        server = new TesseraServer(new EventListQueries(HandMadeEvents.some()), System.err);
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void dyadAxisIsContinuousWithEmptyPeriodsFilled() {
        JsonNode d = http.json(http.get("/api/dyad?source=RUS&target=BLR&both=true"));
        assertEquals(4, d.path("periods").size(), d.toString()); // 2024-01 .. 2024-04; the hypothetical June event is not counted
        assertEquals("2024-03", d.path("periods").get(2).path("period").asText());
        assertEquals(0, d.path("series").get(0).path("points").get(2).path("events").asInt());
        assertTrue(d.path("series").get(0).path("points").get(2).path("goldstein").isNull());
        assertEquals(8.0, d.path("series").get(0).path("points").get(0).path("goldstein").asDouble());
        assertEquals("2024-02-29", d.path("periods").get(1).path("to").asText());
    }

    @Test
    void quartersMergeMonthlyBuckets() {
        JsonNode d = http.json(http.get("/api/dyad?source=BLR&target=RUS&by=quarter"));
        assertEquals(2, d.path("periods").size(), d.toString());
        assertEquals(1, d.path("series").get(0).path("points").get(0).path("events").asInt());
        assertEquals(1, d.path("series").get(0).path("points").get(1).path("quad").get(2).asInt());
    }

    @Test
    void errorsAreJsonWithSecurityHeaders() {
        HttpResponse<String> r = http.get("/api/dyad?source=RUS&target=BLR&by=fortnight");
        assertEquals(400, r.statusCode());
        assertTrue(http.json(r).path("error").asText().contains("fortnight"));
        assertEquals(TesseraServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        HttpResponse<String> nf = http.get("/api/dyads");
        assertEquals(404, nf.statusCode());
        assertTrue(http.json(nf).has("error"));
        assertEquals(TesseraServer.CSP, nf.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void networkNodesSumTheirEdges() {
        JsonNode n = http.json(http.get("/api/network"));
        long rus = 0;
        for (JsonNode node : n.path("nodes")) if (node.path("id").asText().equals("RUS")) rus = node.path("events").asLong();
        assertEquals(5, rus, n.toString()); // 2 from BLR, 1 each from EU and JPN, 1 to BLR
    }
}
