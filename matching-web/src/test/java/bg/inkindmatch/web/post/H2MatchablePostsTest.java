package bg.inkindmatch.web.post;

class H2MatchablePostsTest extends MatchablePostsContract {

}
