package bg.inkindmatch.web.impact;

/** The impact statements on H2, the default run's database. */
class H2ImpactRowsTest extends ImpactRowsContract {

}
