package bg.inkindmatch.web.match;

/** The marks of owed rounds on H2, the embedded default. */
class H2RoundsWantedTest extends RoundsWantedContract {

}
