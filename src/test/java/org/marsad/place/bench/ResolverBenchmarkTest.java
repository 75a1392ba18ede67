package org.marsad.place.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolverBenchmarkTest {

    /**
     * The bench says how much its mentions repeat and how many the resolver worked out anew, so a memo cannot
     * pass for speed unnoticed: with fewer distinct mentions than the memo holds, each is resolved once a
     * pass; without the memo, every mention is.
     */
    @Test
    void countsTheDistinctMentionsAndThoseResolvedAnew() {
        ResolverBenchmark.Result remembering = ResolverBenchmark.run(3_000, true);
        assertThat(remembering.distinct()).isBetween(1_000, 3_000 - 1);
        assertThat(remembering.anewFirst()).isEqualTo(remembering.distinct());
        assertThat(remembering.anewCompiled()).isEqualTo(remembering.distinct());
        assertThat(remembering.wrong()).isZero();
        assertThat(remembering.own()).isGreaterThan((int) (0.8 * (3_000 - remembering.foreign())));

        ResolverBenchmark.Result fresh = ResolverBenchmark.run(3_000, false);
        assertThat(fresh.anewFirst()).isEqualTo(3_000);
        assertThat(fresh.own()).isEqualTo(remembering.own());
    }
}
