package org.socle.shared.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Completes streamed rows a batch at a time, for a value another module must look up (the
 * beneficiaries' names of a list of services): one look-up per
 * {@value TableExports#BATCH_SIZE} rows, and never more than a batch in memory.
 */
public final class ExportBatches {

	private ExportBatches() {
	}

	/**
	 * The rows, each batch of them turned by {@code batch} into the rows to write (in the
	 * same order); closing the result closes {@code rows}.
	 */
	public static <T, R> Stream<R> map(Stream<T> rows, Function<List<T>, List<R>> batch) {
		Iterator<T> source = rows.iterator();
		Iterator<List<T>> batches = new Iterator<>() {

			@Override
			public boolean hasNext() {
				return source.hasNext();
			}

			@Override
			public List<T> next() {
				if (!source.hasNext()) {
					throw new NoSuchElementException();
				}
				List<T> next = new ArrayList<>(TableExports.BATCH_SIZE);
				while (source.hasNext() && next.size() < TableExports.BATCH_SIZE) {
					next.add(source.next());
				}
				return next;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
			.flatMap((next) -> batch.apply(next).stream())
			.onClose(rows::close);
	}

}
