package org.tessera.intake;

import org.junit.jupiter.api.Test;
import org.tessera.model.PartialDate;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicationDateFinderTest {
    private final PublicationDateFinder finder = new PublicationDateFinder();
    private static final Optional<PartialDate> SEP21 = Optional.of(new PartialDate(2021, 9, 21));

    @Test
    void readsEachSupportedForm() {
        assertEquals(SEP21, finder.find("Harbour talks resume\n2021-09-21T10:00:00Z\nThe ministers met."));
        assertEquals(SEP21, finder.find("Harbour talks resume\nSep. 21, 2021\nThe ministers met."));
        assertEquals(SEP21, finder.find("Harbour talks resume\nSEPTEMBER 21, 2021\nThe ministers met."));
        assertEquals(SEP21, finder.find("Harbour talks resume\n21 September 2021\nThe ministers met."));
        assertEquals(Optional.of(new PartialDate(2021, 9, 27)), finder.find("입력 2021. 9. 27. 11:21\nThe ministers met."));
        assertEquals(SEP21, finder.find("Harbour talks resume\n21.09.2021\nThe ministers met."));
        assertEquals(SEP21, finder.find("Harbour talks resume\nPublished on Sep 21, 2021\nThe ministers met."));
        assertEquals(SEP21, finder.find("Harbour talks resume\nUpdated: 21 Sep 2021, 14:02\nThe ministers met."));
    }

    @Test
    void relativeTimesGiveNoDate() {
        assertEquals(Optional.empty(), finder.find("Harbour talks resume\n2 hours ago\nThe ministers met."));
        assertEquals(Optional.empty(), finder.find("Harbour talks resume\nPublished on\n2 hours ago\n"
                + "Talks that broke down on March 3, 2020 resumed at the harbour office."));
    }

    @Test
    void prefersMarkedDateAndIgnoresEventDatesDeepInTheBody() {
        String text = "Harbour talks resume\nBy Ann Writer | Published 22 September 2021\n"
                + "The talks first opened on March 3, 2020 between the two port authorities.";
        assertEquals(Optional.of(new PartialDate(2021, 9, 22)), finder.find(text));
        String deep = "Harbour talks resume\n" + "The ministers met again and talked at length. ".repeat(30)
                + "The first round was on March 3, 2020.";
        assertEquals(Optional.empty(), finder.find(deep));
    }

    @Test
    void parsesMetadataValues() {
        assertEquals(SEP21, finder.parseValue("2021-09-21T23:30:00-00:00"));
        assertEquals(Optional.of(new PartialDate(2021, 9, 22)), finder.parseValue("2021-09-21T23:30:00-05:00"));
        assertEquals(SEP21, finder.parseValue("Tue, 21 Sep 2021 10:00:00 GMT"));
        assertEquals(Optional.empty(), finder.parseValue("soon"));
    }
}
