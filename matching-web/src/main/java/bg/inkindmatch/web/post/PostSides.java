package bg.inkindmatch.web.post;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every side of the market, found by its {@link Side}. */
@Component
public class PostSides {

    private final Map<Side, PostSide<?, ?>> bySide = new EnumMap<>(Side.class);

    PostSides(List<PostSide<?, ?>> sides) {
        sides.forEach(side -> bySide.put(side.side(), side));
        if (bySide.size() != Side.values().length) {
            throw new IllegalStateException("a side without its PostSide: " + bySide.keySet());
        }
    }

    /** The side's rules and store. */
    public PostSide<?, ?> of(Side side) {
        return bySide.get(side);
    }

    /** All sides, offers first. */
    public List<PostSide<?, ?>> all() {
        return List.copyOf(bySide.values());
    }

}
