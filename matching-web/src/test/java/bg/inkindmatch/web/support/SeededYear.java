package bg.inkindmatch.web.support;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of activity in the Ruse region, as the impact reports and the donation papers
 * read it from the database: companies and centres of the province (and one centre
 * elsewhere, which a Ruse report must leave out), needs posted every month, proposals
 * handed over, declined with and without reasons, expired, and needs still wanted. The
 * plan is made from a seed, so a test knows exactly what it wrote; writing it is
 * idempotent, so that tests sharing a database write it once.
 */
public final class SeededYear {

    /** Where the partnership works. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Sofia");

    /** The categories most needs are in. */
    static final List<String> COMMON = List.of("consumables.hygiene", "consumables.food", "consumables.stationery",
            "consumables.children", "training.platform-seat", "equipment.it");

    /** A category only one centre received, once: a public report must not show it. */
    public static final String RARE = "services.legal";

    private static final List<String> RUSE = List.of("RSE27", "RSE04", "RSE05", "RSE08", "RSE13", "RSE33", "RSE03");

    /** A company or a centre of the plan. */
    public record Organisation(OrganisationKind kind, String name, String municipality, String email, String eik) {
    }

    /** A need of the plan, with the offers that were proposed for it. */
    public record Need(String title, Organisation centre, String category, int total, Instant posted, PostStatus status,
            List<Deal> deals) {

        /** The units handed over. */
        public int delivered() {
            return deals.stream().filter(d -> d.status() == MatchStatus.DELIVERED).mapToInt(Deal::units).sum();
        }

        /** Whether it is in the Ruse province. */
        public boolean inRuse() {
            return centre.municipality().startsWith("RSE");
        }

    }

    /** A proposal of a company's offer for a need, and what became of it. */
    public record Deal(Organisation company, int units, MatchStatus status, DeclineReason reason, Instant proposed,
            Instant decided) {
    }

    /** The year the tests share: 2025 in Ruse, from seed 2025. */
    public static final SeededYear RUSE_2025 = plan(2025, 2025);

    private final int year;

    private final List<Organisation> companies = new ArrayList<>();

    private final List<Organisation> centres = new ArrayList<>();

    private final List<Need> needs = new ArrayList<>();

    private SeededYear(int year) {
        this.year = year;
    }

    /** The plan of a year, the same for the same year and seed. */
    public static SeededYear plan(int year, long seed) {
        SeededYear plan = new SeededYear(year);
        Random random = new Random(seed);
        for (int i = 0; i < 6; i++) {
            plan.companies.add(new Organisation(OrganisationKind.COMPANY, "Сийд Фирма " + (i + 1) + " ООД",
                    RUSE.get(i % RUSE.size()), "seed-" + year + "-company-" + i + "@seed.example", "831641791"));
        }
        for (int i = 0; i < RUSE.size(); i++) {
            plan.centres.add(new Organisation(OrganisationKind.CENTRE, "Сийд Център " + (i + 1), RUSE.get(i),
                    "seed-" + year + "-centre-" + i + "@seed.example", "123456786"));
        }
        Organisation plovdiv = new Organisation(OrganisationKind.CENTRE, "Сийд Център Пловдив", "PDV22",
                "seed-" + year + "-centre-plovdiv@seed.example", null);
        plan.centres.add(plovdiv);
        for (int month = 1; month <= 11; month++) {
            for (int n = 0; n < 4; n++) {
                plan.needs.add(plan.need(random, month, plan.centres.get(random.nextInt(RUSE.size())),
                        COMMON.get(random.nextInt(COMMON.size()))));
            }
            if (month % 4 == 0) {
                plan.needs.add(plan.need(random, month, plovdiv, COMMON.get(0)));
            }
        }
        plan.needs.add(plan.delivered("Правна консултация", plan.centres.get(0), RARE, 3, plan.at(6, 10, 9),
                plan.companies.get(0), 2, 5));
        return plan;
    }

    private Need need(Random random, int month, Organisation centre, String category) {
        Instant posted = at(month, 1 + random.nextInt(27), 9 + random.nextInt(8));
        int total = 5 + random.nextInt(36);
        Organisation company = companies.get(random.nextInt(companies.size()));
        int toProposal = 1 + random.nextInt(10);
        int toHandover = 3 + random.nextInt(18);
        String title = "Сийд нужда " + month + "-" + needs.size();
        int outcome = random.nextInt(20);
        if (outcome < 11) {
            return delivered(title, centre, category, total, posted, company, toProposal, toHandover);
        }
        Instant proposed = posted.plus(Duration.ofDays(toProposal));
        if (outcome < 13) {
            Deal half = new Deal(company, total / 2, MatchStatus.DELIVERED, null, proposed,
                    proposed.plus(Duration.ofDays(toHandover)));
            return new Need(title, centre, category, total, posted, PostStatus.PAUSED, List.of(half));
        }
        if (outcome < 16) {
            DeclineReason reason = outcome == 15 ? null : DeclineReason.values()[random.nextInt(5)];
            Deal declined = new Deal(company, total, MatchStatus.DECLINED, reason, proposed,
                    proposed.plus(Duration.ofDays(1)));
            Deal second = new Deal(companies.get((companies.indexOf(company) + 1) % companies.size()), total,
                    MatchStatus.DELIVERED, null, proposed.plus(Duration.ofDays(3)),
                    proposed.plus(Duration.ofDays(3 + toHandover)));
            return new Need(title, centre, category, total, posted, PostStatus.EXHAUSTED, List.of(declined, second));
        }
        if (outcome < 18) {
            Deal expired = new Deal(company, total, MatchStatus.EXPIRED, null, proposed,
                    proposed.plus(Duration.ofDays(7)));
            return new Need(title, centre, category, total, posted, PostStatus.PAUSED, List.of(expired));
        }
        return new Need(title, centre, category, total, posted, PostStatus.EXPIRED, List.of());
    }

    private Need delivered(String title, Organisation centre, String category, int total, Instant posted,
            Organisation company, int toProposal, int toHandover) {
        Instant proposed = posted.plus(Duration.ofDays(toProposal));
        Deal deal = new Deal(company, total, MatchStatus.DELIVERED, null, proposed,
                proposed.plus(Duration.ofDays(toHandover)));
        return new Need(title, centre, category, total, posted, PostStatus.EXHAUSTED, List.of(deal));
    }

    private Instant at(int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    public int year() {
        return year;
    }

    public List<Need> needs() {
        return List.copyOf(needs);
    }

    public List<Organisation> companies() {
        return List.copyOf(companies);
    }

    public List<Organisation> centres() {
        return List.copyOf(centres);
    }

    /** The needs of the Ruse province. */
    public List<Need> ruseNeeds() {
        return needs.stream().filter(Need::inRuse).toList();
    }

    /** Writes the plan, unless it is written already. */
    public void writeInto(JdbcClient jdbc) {
        boolean written = jdbc.sql("select count(*) from organisation where email = :email")
            .param("email", companies.get(0).email())
            .query(Long.class)
            .single() > 0;
        if (written) {
            return;
        }
        Map<Organisation, Long> ids = new HashMap<>();
        companies.forEach(company -> ids.put(company, insert(jdbc, company)));
        centres.forEach(centre -> ids.put(centre, insert(jdbc, centre)));
        for (Need need : needs) {
            long needId = insert(jdbc, need, ids.get(need.centre()));
            for (Deal deal : need.deals()) {
                long offerId = insertOffer(jdbc, need, deal, ids.get(deal.company()));
                insertMatch(jdbc, offerId, needId, deal);
            }
        }
        textsSeen(jdbc, List.copyOf(ids.values()));
    }

    /** The year's texts were seen by its coordinators as they came (published). */
    private static void textsSeen(JdbcClient jdbc, List<Long> organisations) {
        for (String[] side : new String[][] { { "NEED", "need", "handover" }, { "OFFER", "offer", "origin" } }) {
            jdbc.sql("insert into post_text_review (post_side, post_id, review_status, text_digest, review_province,"
                    + " submitted_at, reviewed_by, reviewed_at) select '" + side[0] + "', t.id, 'APPROVED', '', left(t."
                    + side[2] + ", 3), t.created_at, 'seeded', t.created_at from " + side[1]
                    + " t where t.organisation_id in (:organisations) and not exists (select 1 from post_text_review r"
                    + " where r.post_side = '" + side[0] + "' and r.post_id = t.id)")
                .param("organisations", organisations)
                .update();
        }
    }

    private long insert(JdbcClient jdbc, Organisation organisation) {
        return key(jdbc.sql("""
                insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                    status, registered_at, decided_at, decided_by, eik)
                values (:kind, :name, :municipality, '', 'Мария Иванова', :email, '+359 82 000 000', 'bg', 'APPROVED',
                    :registered, :registered, 'seed', :eik)""")
            .param("kind", organisation.kind().name())
            .param("name", organisation.name())
            .param("municipality", organisation.municipality())
            .param("email", organisation.email())
            .param("registered", Timestamp.from(at(1, 1, 8)))
            .param("eik", organisation.eik()));
    }

    private long insert(JdbcClient jdbc, Need need, long centreId) {
        int remaining = need.status() == PostStatus.PAUSED ? need.total() - need.delivered() : 0;
        // a need still wanted was confirmed lately, so that the staleness check leaves it
        // alone
        Instant updated = need.status() == PostStatus.PAUSED ? Instant.now() : need.posted();
        return key(jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                values (:centre, :title, '', :category, 'PCS', :total, :remaining, :neededBy, 'NORMAL', :handover,
                    'Общината, гише 3', :status, :posted, :updated)""")
            .param("centre", centreId)
            .param("title", need.title())
            .param("category", need.category())
            .param("total", need.total())
            .param("remaining", remaining)
            .param("neededBy", LocalDate.of(year, 12, 31))
            .param("handover", need.centre().municipality())
            .param("status", need.status().name())
            .param("posted", Timestamp.from(need.posted()))
            .param("updated", Timestamp.from(updated)));
    }

    private long insertOffer(JdbcClient jdbc, Need need, Deal deal, long companyId) {
        return key(jdbc.sql("""
                insert into offer (organisation_id, title, description, category, unit, total, remaining,
                    available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                values (:company, :title, '', :category, 'PCS', :units, 0, :from, :until, :origin, 'PROVINCE', '',
                    'EXHAUSTED', :created, :created)""")
            .param("company", companyId)
            .param("title", "Дарение за " + need.title())
            .param("category", need.category())
            .param("units", deal.units())
            .param("from", LocalDate.of(year, 1, 1))
            .param("until", LocalDate.of(year, 12, 31))
            .param("origin", deal.company().municipality())
            .param("created", Timestamp.from(deal.proposed().minus(Duration.ofHours(1)))));
    }

    private void insertMatch(JdbcClient jdbc, long offerId, long needId, Deal deal) {
        boolean accepted = deal.status() == MatchStatus.DELIVERED;
        jdbc.sql("""
                insert into match_proposal (offer_id, need_id, units, score, reasons, status, company_answer,
                    centre_answer, proposed_at, expires_at, decided_at, decline_reason)
                values (:offer, :need, :units, 0.8, '', :status, :company, :centre, :proposed, :expires, :decided,
                    :reason)""")
            .param("offer", offerId)
            .param("need", needId)
            .param("units", deal.units())
            .param("status", deal.status().name())
            .param("company", accepted ? "ACCEPTED" : null)
            .param("centre", accepted ? "ACCEPTED" : deal.status() == MatchStatus.DECLINED ? "DECLINED" : null)
            .param("proposed", Timestamp.from(deal.proposed()))
            .param("expires", Timestamp.from(deal.proposed().plus(Duration.ofDays(7))))
            .param("decided", Timestamp.from(deal.decided()))
            .param("reason", deal.reason() == null ? null : deal.reason().name())
            .update();
    }

    private static long key(JdbcClient.StatementSpec insert) {
        KeyHolder key = new GeneratedKeyHolder();
        insert.update(key, "id");
        return key.getKey().longValue();
    }

}
