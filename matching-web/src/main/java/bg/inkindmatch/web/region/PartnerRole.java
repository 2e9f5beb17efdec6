package bg.inkindmatch.web.region;

/** What a partner does in the region's protocol. */
public enum PartnerRole {

    COORDINATES, RECEIVES_REFERRALS, OFFERS_SERVICES, OFFERS_TRAININGS, DONATES

}
