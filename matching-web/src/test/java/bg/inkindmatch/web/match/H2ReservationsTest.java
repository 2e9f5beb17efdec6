package bg.inkindmatch.web.match;

class H2ReservationsTest extends ReservationsContract {

}
