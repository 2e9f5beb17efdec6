package bg.inkindmatch.web.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Approved organisations written straight into the database, for tests of one slice. */
public final class OrganisationRows {

    private OrganisationRows() {
    }

    /**
     * A new approved organisation of the kind ({@code CENTRE}, {@code COMPANY}) in Ruse,
     * with an address of its own; its id.
     */
    public static long approved(JdbcClient jdbc, String kind) {
        String email = kind.toLowerCase() + "-" + System.nanoTime() + "@example.org";
        jdbc.sql(
                """
                        insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                                                  status, registered_at)
                        values (:kind, :email, 'RSE27', '', 'Мария', :email, '082000000', 'bg', 'APPROVED', current_timestamp)""")
            .param("kind", kind)
            .param("email", email)
            .update();
        return jdbc.sql("select id from organisation where email = :email")
            .param("email", email)
            .query(Long.class)
            .single();
    }

}
