package org.socle.shared.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Completes streamed rows a chunk at a time: a batch, for a value another module must
 * look up (the beneficiaries' names of a list of services: one look-up per
 * {@value TableExports#BATCH_SIZE} rows), or a run of rows sharing a key, for an order
 * SQL cannot give (each establishment's people in pseudonym order). Only one chunk is
 * held in memory.
 */
public final class ExportBatches {

	private ExportBatches() {
	}

	/**
	 * The rows, each batch of them turned by {@code batch} into the rows to write (in the
	 * same order); closing the result closes {@code rows}.
	 */
	public static <T, R> Stream<R> map(Stream<T> rows, Function<List<T>, List<R>> batch) {
		return chunks(rows, (chunk, next) -> chunk.size() < TableExports.BATCH_SIZE, batch);
	}

	/**
	 * The rows, each run of consecutive rows with the same {@code key} turned by
	 * {@code run} into the rows to write; closing the result closes {@code rows}.
	 */
	public static <T, R> Stream<R> mapRuns(Stream<T> rows, Function<? super T, ?> key, Function<List<T>, List<R>> run) {
		return chunks(rows, (chunk, next) -> Objects.equals(key.apply(chunk.get(0)), key.apply(next)), run);
	}

	/**
	 * {@code belongs}: whether the next row joins the chunk (never empty) read so far.
	 */
	private static <T, R> Stream<R> chunks(Stream<T> rows, BiPredicate<List<T>, T> belongs,
			Function<List<T>, List<R>> convert) {
		Iterator<T> source = rows.iterator();
		Iterator<List<T>> chunks = new Iterator<>() {

			private T pending;

			private boolean hasPending;

			@Override
			public boolean hasNext() {
				return this.hasPending || source.hasNext();
			}

			@Override
			public List<T> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				List<T> chunk = new ArrayList<>();
				chunk.add(this.hasPending ? this.pending : source.next());
				this.hasPending = false;
				this.pending = null;
				while (source.hasNext()) {
					T next = source.next();
					if (!belongs.test(chunk, next)) {
						this.pending = next;
						this.hasPending = true;
						break;
					}
					chunk.add(next);
				}
				return chunk;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED), false)
			.flatMap((next) -> convert.apply(next).stream())
			.onClose(rows::close);
	}

}
