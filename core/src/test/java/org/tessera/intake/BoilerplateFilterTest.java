package org.tessera.intake;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateFilterTest {
    @Test
    void keepsProseAndHeadingsDropsChrome() {
        List<String> page = List.of(
                "Home", "World", "Politics", "Sport",
                "Share on Facebook",
                "The river authority said on Monday that the new dam would be finished before the spring floods arrive.",
                "Budget questions",
                "Officials in the lowland districts asked for more money to repair the older levees along the river.",
                "• Residents will be consulted next month.",
                "2,301 Views",
                "Liked it? Take a second to support The Valley Post on Patreon!",
                "Click to comment",
                "© 2024 The Valley Post. All rights reserved.",
                "We use cookies to improve your experience.",
                "Related Topics");
        assertEquals(List.of(
                "The river authority said on Monday that the new dam would be finished before the spring floods arrive.",
                "Budget questions",
                "Officials in the lowland districts asked for more money to repair the older levees along the river.",
                "Residents will be consulted next month."), new BoilerplateFilter().filter(page));
    }
}
