package bg.inkindmatch.web.demo;

import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.web.post.NeedForm;
import bg.inkindmatch.web.post.NeedSide;
import bg.inkindmatch.web.post.OfferForm;
import bg.inkindmatch.web.post.OfferSide;
import bg.inkindmatch.web.post.PostService;
import bg.inkindmatch.web.post.PostTexts;
import bg.inkindmatch.web.post.StoredPost;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The Ruse scenario as demo data for the default run: approved organisations with example
 * addresses (sign in as any of them through {@code /dev/mail}), their needs and offers,
 * and the proposals the matching rounds make of them. Loaded once, into an empty
 * database; off with {@code inkind.demo=false}, and never in the {@code postgres} or
 * {@code production} profiles: made-up organisations must not reach a real database,
 * where the public board would show their needs.
 */
@Component
@Profile("!postgres & !production")
@ConditionalOnProperty(name = "inkind.demo", havingValue = "true", matchIfMissing = true)
record DemoData(OrganisationRepository organisations, PostService posts, OfferSide offers, NeedSide needs,
        PostTexts texts, Clock clock) {

    static final String DOMAIN = "@demo.inkind-match.example";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (organisations.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        StoredOrganisation chamber = organisation(OrganisationKind.COMPANY, "Русенска търговско-индустриална камара",
                "RSE27", "chamber");
        StoredOrganisation retailer = organisation(OrganisationKind.COMPANY, "Търговска верига Русе", "RSE27",
                "retailer");
        StoredOrganisation printer = organisation(OrganisationKind.COMPANY, "Печатница Дунав", "RSE27", "printer");
        StoredOrganisation dinamika = organisation(OrganisationKind.CENTRE, "Център Динамика", "RSE27", "dinamika");
        StoredOrganisation byala = organisation(OrganisationKind.CENTRE, "Кризисен център Бяла", "RSE04", "byala");
        StoredOrganisation varna = organisation(OrganisationKind.CENTRE, "Център за подкрепа Варна", "VAR06", "varna");

        seen(posts.create(needs, dinamika,
                new NeedForm("Достъп до онлайн обучения за клиентки", "", "training.platform-seat", Unit.SEAT, 4,
                        today.plusDays(30), Urgency.NORMAL, "RSE27", "Офисът на Център Динамика")));
        seen(posts.create(needs, dinamika, new NeedForm("Хигиенни материали", "", "consumables.hygiene", Unit.PACK, 40,
                today.plusDays(14), Urgency.HIGH, "RSE27", "Офисът на Център Динамика")));
        seen(posts.create(needs, byala, new NeedForm("Хигиенни материали за кризисен център", "", "consumables.hygiene",
                Unit.PACK, 20, today.plusDays(7), Urgency.CRITICAL, "RSE04", "Общината в Бяла")));
        posts.create(needs, varna,
                new NeedForm("Канцеларски материали за занимания с деца", "", "consumables.stationery", Unit.SET, 10,
                        today.plusDays(30), Urgency.NORMAL, "VAR06", "Търговската камара във Варна"));
        seen(posts.create(offers, chamber, new OfferForm("Безплатен достъп до обучителната платформа на камарата", "",
                "training.platform-seat", Unit.SEAT, 10, today, today.plusDays(90), Reach.COUNTRY, "")));
        seen(posts.create(offers, retailer, new OfferForm("Хигиенни пакети за жени и деца", "", "consumables.hygiene",
                Unit.PACK, 25, today, today.plusDays(60), Reach.PROVINCE, "")));
        seen(posts.create(offers, printer, new OfferForm("Канцеларски материали", "", "consumables.stationery",
                Unit.SET, 40, today, today.plusDays(30), Reach.MUNICIPALITY, "")));
        log.info("Loaded the Ruse demo: sign in as chamber{}, retailer{}, printer{}, dinamika{}, byala{} or varna{}",
                DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN);
    }

    /**
     * The demo's texts are ours and published as a coordinator would; Varna's need is
     * left waiting, so that the coordinator's queue has something to show.
     */
    private void seen(StoredPost post) {
        texts.approve(post.side(), post.id(), PostTexts.digest(post), "demo");
    }

    private StoredOrganisation organisation(OrganisationKind kind, String name, String municipality, String mailbox) {
        return organisations.save(new StoredOrganisation(null, kind, name, municipality, "", "Демо контакт " + name,
                mailbox + DOMAIN, "+359 82 000 000", null, "bg", OrganisationStatus.APPROVED, clock.instant(),
                clock.instant(), "demo", MailPreference.IMMEDIATE, false, null));
    }

}
