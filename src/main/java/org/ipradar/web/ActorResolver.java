package org.ipradar.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.ipradar.desk.Actor;

/**
 * Who is making a request, as the authentication layer establishes it (session or API token); empty for anonymous
 * visitors. The desk's routes ask this and nothing else.
 */
@FunctionalInterface
public interface ActorResolver {
    /** Everyone is anonymous: the resolver until accounts exist, under which editor routes answer 401. */
    ActorResolver ANONYMOUS = ctx -> Optional.empty();

    /** The actor of the request, or empty when anonymous. */
    Optional<Actor> resolve(Context ctx);
}
