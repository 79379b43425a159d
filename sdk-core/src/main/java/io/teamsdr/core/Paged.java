package io.teamsdr.core;

import io.teamsdr.core.internal.Paging;
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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy, possibly endless listing fetched page by page: iterate its items, walk its pages, or fetch
 * one page on its own ({@link #firstPage()}, {@link #page(Cursor)}).
 *
 * <ul>
 *   <li>Nothing is requested until iteration starts or a page is asked for; exactly one request per
 *       page; the next page is fetched only when the caller reaches it (or, {@linkplain #withPrefetch()
 *       with prefetch}, one page ahead, so the caller's work on a page overlaps the request for the next).</li>
 *   <li>Every page is requested with the original query: a token is never sent with another query, and
 *       a {@link Cursor} taken from another query is refused with a {@link PagingException} before any request.</li>
 *   <li>A 400 answered to a page after the first is a {@link CursorRejectedException} carrying the cursor.</li>
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
    private final boolean prefetch;
    private final ProgressListener progress;

    private Paged(String query, PageFetcher<T> fetcher, boolean prefetch, ProgressListener progress) {
        this.query = Objects.requireNonNull(query, "query");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.prefetch = prefetch;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Creates a listing.
     *
     * @param query the canonical form of the query, bound into every {@link Cursor}
     * @param fetcher fetches one page per call
     * @param <T> the item type
     * @return the listing; nothing is fetched yet
     */
    public static <T> Paged<T> of(String query, PageFetcher<T> fetcher) {
        return new Paged<>(query, fetcher, false, ProgressListener.NONE);
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
     * Returns a copy that fetches one page ahead of the caller, without holding a thread while it waits.
     *
     * @return the prefetching listing
     */
    public Paged<T> withPrefetch() {
        return new Paged<>(query, fetcher, true, progress);
    }

    /**
     * Returns a copy that reports each fetched page.
     *
     * @param listener told of pages and items so far
     * @return the reporting listing
     */
    public Paged<T> withProgress(ProgressListener listener) {
        return new Paged<>(query, fetcher, prefetch, listener);
    }

    /**
     * Fetches the first page on its own, e.g. for the first screen of an infinite scroll.
     *
     * @return the page, with the cursor of the next one
     */
    public Page<T> firstPage() {
        return Paging.page(query, 1, Paging.fetch(fetcher, null));
    }

    /**
     * Fetches the page a cursor leads to, on its own, e.g. when a web UI asks for more.
     *
     * @param cursor the cursor of an earlier page of this same query
     * @return the page, with the cursor of the next one
     * @throws PagingException at once, before any request, when the cursor belongs to another query
     * @throws CursorRejectedException when the server refuses the cursor's token
     */
    public Page<T> page(Cursor cursor) {
        Objects.requireNonNull(cursor, "cursor");
        Paging.requireSameQuery(query, cursor);
        return Paging.page(query, cursor.pageNumber(), Paging.fetch(fetcher, cursor));
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
        Paging.requireSameQuery(query, cursor);
        return () -> new PageIterator(cursor);
    }

    /** Walks the pages; holds at most the current page and one prefetched page. */
    private final class PageIterator implements Iterator<Page<T>> {
        private final Set<String> seenTokens = new HashSet<>();
        private @Nullable Cursor next;
        private int nextNumber;
        private boolean finished;
        private @Nullable Page<T> buffered;
        private @Nullable CompletableFuture<PageFetcher.Fetched<T>> ahead;
        private int pages;
        private long items;

        PageIterator(@Nullable Cursor start) {
            this.next = start;
            this.nextNumber = start == null ? 1 : start.pageNumber();
            if (start != null) {
                seenTokens.add(start.token());
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
            PageFetcher.Fetched<T> fetched = ahead != null ? join(ahead) : Paging.fetch(fetcher, next);
            ahead = null;
            Page<T> page = Paging.page(query, nextNumber, fetched);
            pages++;
            items += page.items().size();
            progress.onPage(pages, items);
            Cursor following = page.nextCursor().orElse(null);
            if (following == null) {
                finished = true;
            } else if (!seenTokens.add(following.token())) {
                throw new PagingException("The server returned a continuation token it had already returned "
                        + "(after page " + page.number() + "); stopping instead of looping forever. Report this to the operator.");
            }
            next = following;
            nextNumber = page.number() + 1;
            buffered = page;
            return true;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Page<T> page = Objects.requireNonNull(buffered);
            buffered = null;
            if (prefetch && !finished) {
                Cursor following = Objects.requireNonNull(next);
                ahead = fetcher.fetchAsync(following.token());
            }
            return page;
        }

        /** Waits for the page fetched ahead; a failure surfaces as if the page had been fetched now. */
        private PageFetcher.Fetched<T> join(CompletableFuture<PageFetcher.Fetched<T>> future) {
            Cursor cursor = Objects.requireNonNull(next);
            try {
                return future.join();
            } catch (CompletionException failure) {
                if (failure.getCause() instanceof BadRequestException refused) {
                    throw Paging.rejected(refused, cursor);
                }
                if (failure.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failure;
            }
        }
    }
}
