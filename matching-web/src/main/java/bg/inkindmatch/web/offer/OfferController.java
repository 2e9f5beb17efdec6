package bg.inkindmatch.web.offer;

import bg.inkindmatch.web.input.FormRecovery;
import jakarta.servlet.http.HttpServletRequest;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.CorePosts;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.PostPreviews;
import bg.inkindmatch.web.post.PostNotFoundException;
import bg.inkindmatch.web.post.StatusChange;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A company's offers: list, post, edit, pause, resume, withdraw. */
@Controller
class OfferController {

    private final OfferService offers;
    private final Members members;
    private final PostChoices choices;
    private final Clock clock;
    private final PostPreviews previews;
    private final CorePosts corePosts;
    private final FormRecovery recovery;

    OfferController(OfferService offers, Members members, PostChoices choices, Clock clock, PostPreviews previews,
                   CorePosts corePosts, FormRecovery recovery) {
        this.recovery = recovery;
        this.previews = previews;
        this.corePosts = corePosts;
        this.offers = offers;
        this.members = members;
        this.choices = choices;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("categories", choices.categories(locale));
        model.addAttribute("units", List.of(Unit.values()));
        model.addAttribute("reaches", List.of(Reach.values()));
    }

    @GetMapping("/offers")
    String list(@AuthenticationPrincipal UserDetails member, Model model) {
        model.addAttribute("offers", offers.of(company(member)));
        return "offer/list";
    }

    @GetMapping("/offers/new")
    String newForm(@AuthenticationPrincipal UserDetails member, Model model) {
        company(member);
        model.addAttribute("form", OfferForm.empty(LocalDate.now(clock)));
        return "offer/form";
    }

    @PostMapping("/offers")
    String create(@AuthenticationPrincipal UserDetails member, @Valid @ModelAttribute("form") OfferForm form,
                  BindingResult errors, HttpServletRequest request, Model model) {
        StoredOrganisation company = company(member);
        if (errors.getTarget() == null) {
            recovery.recover(OfferForm.class, request, errors, model);
            return "offer/form";
        }
        if (errors.hasErrors()) {
            return "offer/form";
        }
        offers.create(company, form);
        return "redirect:/offers";
    }

    @GetMapping("/offers/{id}/edit")
    String editForm(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model) {
        StoredOffer offer = offers.find(company(member), id);
        model.addAttribute("form", OfferForm.of(offer));
        model.addAttribute("offerId", offer.id());
        return "offer/form";
    }

    @PostMapping("/offers/{id}")
    String update(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
                  @Valid @ModelAttribute("form") OfferForm form, BindingResult errors, Model model,
                  HttpServletRequest request) {
        StoredOrganisation company = company(member);
        StoredOffer offer = offers.find(company, id);
        if (errors.getTarget() == null) {
            recovery.recover(OfferForm.class, request, errors, model);
            model.addAttribute("offerId", id);
            return "offer/form";
        }
        if (form.quantity() != null && form.quantity() < offer.taken()) {
            errors.rejectValue("quantity", "post.quantity.below-taken", new Object[] {offer.taken()}, null);
        }
        if (errors.hasErrors()) {
            model.addAttribute("offerId", id);
            return "offer/form";
        }
        offers.update(company, id, form);
        return "redirect:/offers";
    }

    /**
     * The live preview: how many open posts on the other side this offer would match, with the best
     * three. For htmx (typing in the form) only the preview fragment; without JavaScript the whole form
     * again, with the preview and what was typed.
     */
    @PostMapping("/offers/preview")
    String preview(@AuthenticationPrincipal UserDetails member, @ModelAttribute("form") OfferForm form,
                   BindingResult errors, @RequestParam(name = "offerId", required = false) Long offerId,
                   HtmxRequest htmx, Model model, Locale locale, HttpServletRequest request) {
        StoredOrganisation company = company(member);
        if (offerId != null) {
            model.addAttribute("offerId", offers.find(company, offerId).id());
        }
        if (errors.getTarget() == null) {
            recovery.recover(OfferForm.class, request, errors, model);
            model.addAttribute("preview", previews.forOffer(Optional.empty(), locale));
            return htmx.isHtmxRequest() ? "post/preview :: preview" : "offer/form";
        }
        model.addAttribute("preview", previews.forOffer(errors.hasErrors() ? Optional.empty()
                : corePosts.offer(form, CorePosts.organisation(company), company.municipality()), locale));
        return htmx.isHtmxRequest() ? "post/preview :: preview" : "offer/form";
    }

    @PostMapping("/offers/{id}/{change}")
    String change(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable String change) {
        StatusChange statusChange = StatusChange.named(change).orElseThrow(() -> new PostNotFoundException(id));
        offers.change(company(member), id, statusChange);
        return "redirect:/offers";
    }

    private StoredOrganisation company(UserDetails member) {
        return members.current(member, OrganisationKind.COMPANY);
    }
}
