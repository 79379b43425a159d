package io.teamsdr.fusion.graph.internal;

import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The directory's users as a lazy iterator over Graph's {@link PageIterator}: the first page is
 * requested on the first {@link #hasNext()}, each following page only when the previous one is
 * used up, and only one page is held at a time. Graph's iterator pushes items to a callback; the
 * callback here keeps the item and pauses, so that the caller pulls at its own pace.
 */
public final class GraphUserPages implements Iterator<User> {

    private final GraphServiceClient graph;
    private final int pageSize;
    private final String[] select;
    private PageIterator<User, UserCollectionResponse> pages;
    private User pending;
    private boolean exhausted;

    /**
     * Prepares the listing; nothing is sent yet.
     *
     * @param graph the Graph client
     * @param pageSize users per page, 1 to 999
     * @param select the properties to read
     */
    public GraphUserPages(GraphServiceClient graph, int pageSize, String[] select) {
        this.graph = graph;
        this.pageSize = pageSize;
        this.select = select.clone();
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        try {
            if (pages == null) {
                UserCollectionResponse first = graph.users().get(request -> {
                    request.queryParameters.top = pageSize;
                    request.queryParameters.select = select.clone();
                });
                if (first == null) {
                    exhausted = true;
                    return false;
                }
                pages = new PageIterator.Builder<User, UserCollectionResponse>()
                        .client(graph)
                        .collectionPage(first)
                        .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
                        .processPageItemCallback(user -> {
                            pending = user;
                            // Pause after each user so that the caller pulls; skip holes in a page.
                            return user == null;
                        })
                        .build();
            }
            pages.iterate();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Graph's page iterator could not read the users collection", e);
        }
        if (pending == null) {
            exhausted = true;
        }
        return pending != null;
    }

    @Override
    public User next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        User user = pending;
        pending = null;
        return user;
    }
}
