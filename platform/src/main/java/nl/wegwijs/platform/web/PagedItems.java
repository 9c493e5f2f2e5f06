package nl.wegwijs.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The list shape of every Wegwijs API: {@code {items, page, size, total}}. */
public record PagedItems<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public static <E, T> PagedItems<T> of(Page<E> page, Function<E, T> mapper) {
        return new PagedItems<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    /**
     * The page {@code request} asks for of a list held whole in memory (a vocabulary, one ticket's
     * suggested assignees), in the list's order; the total is its size.
     */
    public static <T> PagedItems<T> ofList(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        return new PagedItems<>(all.subList(from, to), request.getPageNumber(), request.getPageSize(), all.size());
    }

    /** A page request from query parameters: negative pages are refused, sizes capped at {@value #MAX_SIZE}. */
    public static PageRequest request(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidRequestException("size", "must be 1 or more");
        }
        return PageRequest.of(page, Math.min(size, MAX_SIZE), sort);
    }
}
