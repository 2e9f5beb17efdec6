package bg.inkindmatch.core.training;

/** Where a training takes place. */
public enum TrainingFormat {

    /** In a room, with the trainer there. */
    ON_SITE,
    /** Over a video call. */
    ONLINE,
    /** Either: the provider does both, or the requester takes either. */
    EITHER;

    /** Whether a training of this format and one of the other can meet. */
    public boolean fits(TrainingFormat other) {
        return this == EITHER || other == EITHER || this == other;
    }

    /** Whether a training of this format and one of the other can meet online. */
    public boolean canMeetOnline(TrainingFormat other) {
        return this != ON_SITE && other != ON_SITE;
    }

}
