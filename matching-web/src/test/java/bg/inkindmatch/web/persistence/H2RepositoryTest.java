package bg.inkindmatch.web.persistence;

/** The repositories on the embedded H2 of the default run (in memory for the test). */
class H2RepositoryTest extends RepositoryContract {

}
