package bg.inkindmatch.web.post;

import bg.inkindmatch.core.taxonomy.Unit;

/** What the offer and need forms have in common for the checks of {@link PostFits}. */
public interface PostForm {

    String category();

    Unit unit();
}
