package nl.wegwijs.expertpool;

import java.util.List;
import java.util.function.Function;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/** Lists that are small and whole in memory (a vocabulary, one expert's history), answered a page at a time. */
public final class Pages {

    private Pages() {}

    /** The page {@code request} asks for of {@code all}, in the order of {@code all}; total is its size. */
    public static <T> PagedItems<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        return PagedItems.of(new PageImpl<>(all.subList(from, to), request, all.size()), Function.identity());
    }
}
