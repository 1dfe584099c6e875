package org.newsstance.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsComeInTheInputsOrderWhateverFinishesFirst() {
    // The first input waits until the last has finished, so completion order is reversed.
    CountDownLatch lastDone = new CountDownLatch(1);
    List<String> out =
        InOrder.map(
            List.of("a", "b", "c"),
            3,
            "test",
            s -> {
              if (s.equals("a")) {
                try {
                  assertThat(lastDone.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              } else if (s.equals("c")) {
                lastDone.countDown();
              }
              return s.toUpperCase(java.util.Locale.ROOT);
            });
    assertThat(out).containsExactly("A", "B", "C");
  }

  @Test
  void aFailureIsRethrownWithWhatWasBeingDoneAndItsCause() {
    assertThatThrownBy(
            () ->
                InOrder.map(
                    List.of(1, 0, 2),
                    2,
                    "dividing",
                    i -> {
                      if (i == 0) {
                        throw new ArithmeticException("zero");
                      }
                      return 10 / i;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("dividing failed")
        .hasRootCauseInstanceOf(ArithmeticException.class);
  }
}
