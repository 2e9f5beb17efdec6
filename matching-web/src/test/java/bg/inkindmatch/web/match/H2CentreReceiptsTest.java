package bg.inkindmatch.web.match;

class H2CentreReceiptsTest extends CentreReceiptsContract {

}
