package io.teamsdr.fusion.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the blocking and the non-blocking view of a resource from its one description, so that no
 * operation is written twice. A resource's descriptions (a {@code ...Calls} record) have, for every
 * method of the public interfaces, a method of the same name and parameters that returns the
 * operation's {@link Call} (or, for a paged listing, its {@link Listing}); the blocking view runs it
 * with {@link Call#send()}, the non-blocking view with {@link Call#sendAsync()}.
 *
 * <p>The methods are matched once per interface, when its first view is made: a method without a
 * description fails there, not at the first call. In the non-blocking view, an exception thrown while
 * describing an operation (e.g. a missing argument) fails the returned future instead of being thrown.
 */
final class ResourceViews {
    private static final Map<Class<?>, Map<Method, Method>> DESCRIPTIONS = new ConcurrentHashMap<>();

    private ResourceViews() {
    }

    /** The blocking view: each method waits for its result. */
    static <A> A blocking(Class<A> api, Object calls) {
        return view(api, calls, false);
    }

    /** The non-blocking view: each method returns a {@link CompletableFuture} and never throws. */
    static <A> A nonBlocking(Class<A> api, Object calls) {
        return view(api, calls, true);
    }

    private static <A> A view(Class<A> api, Object calls, boolean async) {
        Map<Method, Method> descriptions = DESCRIPTIONS.computeIfAbsent(api, type -> match(type, calls.getClass()));
        Object view = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(api, proxy, method, args);
            }
            Object description;
            try {
                description = descriptions.get(method).invoke(calls, args);
            } catch (InvocationTargetException failed) {
                if (async && method.getReturnType() == CompletableFuture.class) {
                    return CompletableFuture.failedFuture(failed.getCause());
                }
                throw failed.getCause();
            }
            if (description instanceof Call<?> call) {
                return async ? call.sendAsync() : call.send();
            }
            if (description instanceof Listing<?> listing) {
                return async ? listing.pageAsync(null) : listing.paged();
            }
            return description;
        });
        return api.cast(view);
    }

    private static Map<Method, Method> match(Class<?> api, Class<?> calls) {
        Map<Method, Method> descriptions = new HashMap<>();
        for (Method method : api.getMethods()) {
            try {
                descriptions.put(method, calls.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException missing) {
                throw new IllegalStateException(calls.getSimpleName() + " has no description of " + api.getSimpleName()
                        + "." + method.getName() + Arrays.toString(method.getParameterTypes()), missing);
            }
        }
        return Map.copyOf(descriptions);
    }

    private static Object objectMethod(Class<?> api, Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> api.getSimpleName();
        };
    }
}
