package org.paperkg.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C (SIGINT) during a build into a request to stop at the next transaction boundary:
 * the first SIGINT sets a flag the build asks between batches, and says so on stderr; a second one
 * ends the process at once (the store is still safe: it keeps its last committed state).
 *
 * <p>Java has no public API for handling signals; {@code sun.misc.Signal} (module jdk.unsupported)
 * is the one every JDK ships. It is reached by reflection so the build stays free of warnings about
 * internal API, and when it is missing the JVM's default (stop at once) applies.
 */
final class Interrupts implements AutoCloseable {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final Object previous;

    private Interrupts(PrintWriter err) {
        previous = install(err);
    }

    /** Starts catching SIGINT until {@link #close()}. */
    static Interrupts catchSigint(PrintWriter err) {
        return new Interrupts(err);
    }

    boolean requested() {
        return requested.get();
    }

    private Object install(PrintWriter err) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object sigint = signal.getConstructor(String.class).newInstance("INT");
            InvocationHandler onSignal = (Object proxy, Method m, Object[] args) -> {
                if (!m.getName().equals("handle")) return m.invoke(this, args);
                if (requested.getAndSet(true)) {
                    err.println("paperkg: interrupted again; stopping now (the store keeps its last committed state)");
                    err.flush();
                    Runtime.getRuntime().halt(130);
                }
                err.println("paperkg: interrupt: stopping at the next transaction boundary (Ctrl-C again to stop at once)");
                err.flush();
                return null;
            };
            Object ours = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[]{handler}, onSignal);
            return signal.getMethod("handle", signal, handler).invoke(null, sigint, ours);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // No signal API, or SIGINT is not ours to handle (e.g. ignored by the shell): default behaviour.
        }
    }

    @Override
    public void close() {
        if (previous == null) return;
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            signal.getMethod("handle", signal, handler).invoke(null, signal.getConstructor(String.class).newInstance("INT"), previous);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Restoring is best effort; the process is about to end anyway.
        }
    }
}
