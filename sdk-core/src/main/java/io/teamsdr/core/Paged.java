package io.teamsdr.core;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, possibly endless sequence of items fetched page by page.
 *
 * <ul>
 *   <li>Nothing is requested until iteration starts; exactly one request per page; the next page is
 *       fetched only when the caller reaches it (or, {@linkplain #withPrefetch() with prefetch}, one
 *       page ahead, so the caller's work on a page overlaps the request for the next).</li>
 *   <li>Every page is requested with the original query: a token is never sent with another query.</li>
 *   <li>Iteration stops on a missing or blank token, goes on past an empty page, and throws a
 *       {@link PagingException} if the server repeats a token (instead of looping forever).</li>
 *   <li>Iterating twice starts over with a fresh first request.</li>
 * </ul>
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
    private final String query;
    private final PageFetcher<T> fetcher;
    private final Executor executor;
    private final boolean prefetch;
    private final ProgressListener progress;

    private Paged(String query, PageFetcher<T> fetcher, Executor executor, boolean prefetch, ProgressListener progress) {
        this.query = Objects.requireNonNull(query, "query");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.prefetch = prefetch;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Creates a paged sequence.
     *
     * @param query the canonical form of the query, bound into every {@link Cursor}
     * @param fetcher fetches one page per call
     * @param executor runs prefetches when {@link #withPrefetch()} is used
     * @param <T> the item type
     * @return the sequence; nothing is fetched yet
     */
    public static <T> Paged<T> of(String query, PageFetcher<T> fetcher, Executor executor) {
        return new Paged<>(query, fetcher, executor, false, ProgressListener.NONE);
    }

    /**
     * Returns the canonical query every page is fetched with.
     *
     * @return the query
     */
    public String query() {
        return query;
    }

    /**
     * Returns a copy that fetches one page ahead of the caller.
     *
     * @return the prefetching sequence
     */
    public Paged<T> withPrefetch() {
        return new Paged<>(query, fetcher, executor, true, progress);
    }

    /**
     * Returns a copy that reports each fetched page.
     *
     * @param listener told of pages and items so far
     * @return the reporting sequence
     */
    public Paged<T> withProgress(ProgressListener listener) {
        return new Paged<>(query, fetcher, executor, prefetch, listener);
    }

    /**
     * Iterates over the items of all pages, fetching pages as they are reached.
     *
     * @return the item iterator
     */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = new PageIterator(null);
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    current = pages.next().items().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * Streams the items lazily; close or abandon the stream to stop fetching.
     *
     * @return the item stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Iterates page by page from the first page.
     *
     * @return the pages
     */
    public Iterable<Page<T>> byPage() {
        return () -> new PageIterator(null);
    }

    /**
     * Iterates page by page from a cursor saved earlier.
     *
     * @param cursor where to resume
     * @return the pages from the cursor on
     * @throws PagingException at once, before any request, when the cursor belongs to another query
     */
    public Iterable<Page<T>> byPage(Cursor cursor) {
        Objects.requireNonNull(cursor, "cursor");
        if (!cursor.query().equals(query)) {
            throw new PagingException("The cursor belongs to another query (" + cursor.query() + ") than this one ("
                    + query + "); the server accepts a continuation token only with its own query. "
                    + "Resume with the query the cursor was taken from.");
        }
        return () -> new PageIterator(cursor.token());
    }

    /** Walks the pages; holds at most the current page and one prefetched page. */
    private final class PageIterator implements Iterator<Page<T>> {
        private final Set<String> seenTokens = new HashSet<>();
        private String nextToken;
        private boolean finished;
        private Page<T> buffered;
        private CompletableFuture<PageFetcher.Fetched<T>> ahead;
        private int pages;
        private long items;

        PageIterator(String startToken) {
            this.nextToken = startToken;
            if (startToken != null) {
                seenTokens.add(startToken);
            }
        }

        @Override
        public boolean hasNext() {
            if (buffered != null) {
                return true;
            }
            if (finished) {
                return false;
            }
            PageFetcher.Fetched<T> fetched = ahead != null ? join(ahead) : fetcher.fetch(nextToken);
            ahead = null;
            pages++;
            items += fetched.items().size();
            progress.onPage(pages, items);
            String token = fetched.nextToken();
            if (token == null || token.isBlank()) {
                finished = true;
                buffered = new Page<>(pages, fetched.items(), null);
            } else {
                if (!seenTokens.add(token)) {
                    throw new PagingException("The server returned a continuation token it had already returned "
                            + "(after page " + pages + "); stopping instead of looping forever. Report this to the operator.");
                }
                nextToken = token;
                buffered = new Page<>(pages, fetched.items(), new Cursor(query, token));
            }
            return true;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Page<T> page = buffered;
            buffered = null;
            if (prefetch && !finished) {
                String token = nextToken;
                ahead = CompletableFuture.supplyAsync(() -> fetcher.fetch(token), executor);
            }
            return page;
        }

        private PageFetcher.Fetched<T> join(CompletableFuture<PageFetcher.Fetched<T>> future) {
            try {
                return future.join();
            } catch (CompletionException failure) {
                if (failure.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failure;
            }
        }
    }
}
