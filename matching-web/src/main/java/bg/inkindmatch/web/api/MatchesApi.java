package bg.inkindmatch.web.api;

import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.organisation.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The signed-in organisation's own matches. */
@RestController
@Tag(name = "member", description = "The signed-in organisation's own data")
record MatchesApi(MatchService matches, Members members, PostChoices choices) {

    /**
     * A match as its organisation sees it through the API; the other side only once
     * agreed.
     */
    record MatchView(long id, String status, String side, long offerId, String offerTitle, long needId,
            String needTitle, int units, String unit, Instant proposedAt, Instant expiresAt, String otherOrganisation) {
    }

    @GetMapping(path = "/api/v1/matches", produces = "application/json")
    @Operation(summary = "The signed-in organisation's matches, newest first")
    List<MatchView> mine(@AuthenticationPrincipal UserDetails member, Locale locale) {
        return matches.of(members.current(member))
            .stream()
            .map(v -> new MatchView(v.match().id(), v.match().status().name(), v.side().name(), v.offer().id(),
                    choices.title(v.offer(), locale), v.need().id(), choices.title(v.need(), locale), v.match().units(),
                    v.offer().unit().code(), v.match().proposedAt(), v.match().expiresAt(),
                    v.otherSide().map(o -> o.name()).orElse(null)))
            .toList();
    }

}
