package io.github.mlpath.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measurement every benchmark here shares, which JMH reads from this superclass: the average
 * time of a call in milliseconds, over 3 warm-up and 5 measured iterations of 2 s. Each benchmark
 * states its own {@code @Fork} (the heap it runs in), and may shorten the iterations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class AverageTimeBenchmark {}
