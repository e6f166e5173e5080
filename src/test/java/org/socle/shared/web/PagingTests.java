package org.socle.shared.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	private static final Set<String> SORTABLE = Set.of("name", "category");

	private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name").ignoreCase());

	@Test
	void knownColumnsKeepTheRequestedDirectionAndTheFallbacksCaseRuleAndEndById() {
		Pageable safe = Paging.safe(
				PageRequest.of(2, 20,
						Sort.by(Sort.Order.desc("name"), Sort.Order.asc("passwordHash"), Sort.Order.desc("category"))),
				Paging.MAX_PAGE_SIZE, SORTABLE, BY_NAME);
		assertThat(safe.getPageNumber()).isEqualTo(2);
		assertThat(safe.getPageSize()).isEqualTo(20);
		assertThat(safe.getSort()).containsExactly(Sort.Order.desc("name").ignoreCase(), Sort.Order.desc("category"),
				Sort.Order.asc("id"));
	}

	@Test
	void unknownOrNoColumnsFallBackAndSizesAreBounded() {
		assertThat(Paging.safe(PageRequest.of(0, 500, Sort.by("secret")), 100, SORTABLE, BY_NAME))
			.isEqualTo(PageRequest.of(0, 100, Sort.by(Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"))));
		assertThat(Paging.safe(Pageable.unpaged(), 50, Set.of(), Sort.by("region", "id")))
			.isEqualTo(PageRequest.of(0, 50, Sort.by("region", "id")));
		assertThat(Paging.unsorted(PageRequest.of(3, 1000, Sort.by("name")), 100)).isEqualTo(PageRequest.of(3, 100));
	}

	@Test
	void hugePageNumbersStopAtTheLastAddressablePage() {
		Pageable safe = Paging.unsorted(PageRequest.of(Integer.MAX_VALUE - 1, 20), 100);
		assertThat(safe.getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
		assertThat(Paging.safe(PageRequest.of(99_999_999, 50), 100, SORTABLE, BY_NAME).getOffset())
			.isLessThanOrEqualTo(Integer.MAX_VALUE);
	}

}
