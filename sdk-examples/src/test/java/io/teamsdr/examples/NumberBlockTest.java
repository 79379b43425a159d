package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberBlockTest {

    @Test
    void listsItsNumbersInOrder() {
        assertThat(NumberBlock.of("+3225405298", 3).numbers()).containsExactly("+3225405298", "+3225405299", "+3225405300");
    }

    @Test
    void refusesWhatIsNotABlockOfE164Numbers() {
        assertThatThrownBy(() -> NumberBlock.of("025405200", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E.164");
        assertThatThrownBy(() -> NumberBlock.of("+3225405200", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberBlock.of("+999999999999999", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past 15 digits");
    }
}
