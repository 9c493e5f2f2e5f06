package nl.wegwijs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class PagedItemsOfListTest {

    static final List<String> FIVE = List.of("a", "b", "c", "d", "e");

    @Test
    void answersTheAskedPageInTheListsOrderWithTheTotal() {
        var page = PagedItems.ofList(FIVE, PagedItems.request(1, 2, Sort.unsorted()));

        assertThat(page.items()).containsExactly("c", "d");
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void theLastPageMayBeShortAndPagesBeyondItAreEmptyWithTheSameTotal() {
        assertThat(PagedItems.ofList(FIVE, PagedItems.request(2, 2, Sort.unsorted()))
                        .items())
                .containsExactly("e");
        var beyond = PagedItems.ofList(FIVE, PagedItems.request(7, 2, Sort.unsorted()));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.page()).isEqualTo(7);
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(PagedItems.ofList(FIVE, PagedItems.request(Integer.MAX_VALUE, 100, Sort.unsorted()))
                        .items())
                .isEmpty();
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        var empty = PagedItems.ofList(List.of(), PagedItems.request(0, 20, Sort.unsorted()));

        assertThat(empty.items()).isEmpty();
        assertThat(empty.size()).isEqualTo(20);
        assertThat(empty.total()).isZero();
    }
}
