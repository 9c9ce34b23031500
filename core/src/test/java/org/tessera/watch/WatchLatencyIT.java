package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.testkit.SharedNlp;

/**
 * {@code tessera bench-watch}'s measurement, small: a few items on a loopback feed, coded with the
 * real pipeline. Only what must hold on any machine is asserted (every item stored with events,
 * delays positive and ordered, the report's lines); the figures themselves are the command's.
 */
class WatchLatencyIT {
    @Test
    void everyItemIsCodedAndItsDelayFromFeedToQueryableEventsIsReported() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        WatchBench.Settings settings = new WatchBench.Settings(4, Duration.ofMillis(300), Duration.ofMillis(200), 1, 17);
        WatchBench.Result r = new WatchBench(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run(SharedNlp::pipeline);
        String log = progress.toString(StandardCharsets.UTF_8);
        assertEquals(4, r.stored(), log + r.watchErrors());
        assertEquals(List.of(), r.watchErrors());
        assertTrue(r.events() >= 4, "events from the generated articles: " + r.events());
        assertEquals(4, r.delays().size());
        assertTrue(r.delays().get(0) > 0 && r.delay(0.5) <= r.delay(0.95) && r.delay(0.95) <= r.delay(1.0), r.delays().toString());
        assertTrue(r.itemsPerMinute() > 0 && r.peakHeapBytes() > 0);
        assertEquals(4, log.lines().filter(l -> l.startsWith("bench-watch: ") && l.contains(" stored, ")).count(), log);
        List<String> lines = r.lines();
        assertTrue(lines.get(1).startsWith("bench-watch: 4 of 4 items coded in ") && lines.get(1).contains(" items/min"), lines.get(1));
        assertTrue(lines.get(2).matches("bench-watch: delay from appearance in the feed to queryable events: median \\d+\\.\\d\\d s, "
                + "p95 \\d+\\.\\d\\d s, max \\d+\\.\\d\\d s"), lines.get(2));
        lines.forEach(System.out::println);
    }
}
