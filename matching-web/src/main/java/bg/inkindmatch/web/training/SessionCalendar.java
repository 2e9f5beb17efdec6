package bg.inkindmatch.web.training;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A session as an iCalendar object (RFC 5545, with the iTIP method of RFC 5546), written
 * with ical4j: an invitation that calendar programs add, update (same UID, higher
 * SEQUENCE) or remove (METHOD:CANCEL). Times are in UTC, so that no time-zone definition
 * is needed and every program shows them in its own zone.
 */
@Component
class SessionCalendar {

    /**
     * The calendar object of the session.
     * @param title what the session is (the training's title)
     * @param description a line about it
     * @param organiser the e-mail address of the side that gives the training
     * @param attendee the e-mail address of the side that asked for it
     */
    String of(TrainingSession session, String title, String description, String organiser, String attendee) {
        VEvent event = new VEvent(session.startsAt(), session.endsAt(), title);
        event.add(new Uid(session.uid()));
        event.add(new Sequence(session.sequence()));
        event.add(new Location(session.place()));
        event.add(new Description(description));
        event.add(new Organizer(mailto(organiser)));
        event.add(new Attendee(mailto(attendee)));
        event.add(new Status(session.isScheduled() ? Status.VALUE_CONFIRMED : Status.VALUE_CANCELLED));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//InKind Match//Training sessions//BG"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(session.isScheduled() ? Method.VALUE_REQUEST : Method.VALUE_CANCEL));
        calendar.add(event);
        return calendar.toString();
    }

    /**
     * The {@code mailto:} URI of an address (RFC 6068): characters that an address may
     * hold but a URI may not ({@code |}, {@code {}, {@code %}, spaces in a quoted local
     * part) are percent-encoded instead of failing the invitation.
     */
    static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address for a mailto URI", e);
        }
    }

}
