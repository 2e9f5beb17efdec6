package bg.inkindmatch.core.ranking;

import bg.inkindmatch.core.post.Post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An unordered set of indexed posts with constant-time add, remove and a fast scan. Not
 * thread-safe.
 */
final class Bucket<P extends Post> {

    private final List<Indexed<P>> entries = new ArrayList<>();

    private final Map<Long, Integer> positions = new HashMap<>();

    void add(Indexed<P> entry) {
        positions.put(entry.post().id(), entries.size());
        entries.add(entry);
    }

    /** Removes the post with the given id by moving the last entry into its place. */
    void remove(long id) {
        Integer position = positions.remove(id);
        if (position == null) {
            return;
        }
        Indexed<P> last = entries.remove(entries.size() - 1);
        if (position < entries.size()) {
            entries.set(position, last);
            positions.put(last.post().id(), position);
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void forEach(Consumer<Indexed<P>> action) {
        for (int i = 0; i < entries.size(); i++) {
            action.accept(entries.get(i));
        }
    }

}
